package com.posclearing.report;

import static com.posclearing.statement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.support.files.OutputPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {
    @TempDir
    Path out;

    static RunSummary sample() {
        Map<String, OutcomeTotal> terminal = new LinkedHashMap<>();
        terminal.put("MATCHED", new OutcomeTotal(1190, 96000000));
        terminal.put("PENDING", new OutcomeTotal(12, 800000));
        terminal.put("VOIDED", new OutcomeTotal(48, 1965400));
        Map<String, OutcomeTotal> bank = new LinkedHashMap<>();
        bank.put("MATCHED", new OutcomeTotal(1190, 96000000));
        bank.put("MISSING_AT_TERMINAL", new OutcomeTotal(50, 250000));
        // sales 96,000,000 - refunds 0 = fees 528,000 + payouts 95,000,000 + (closing 600,000 - opening 128,000) - adj 0
        SettlementSummary settlement = SettlementSummary.of(96000000, 0, 528000, 0, new PayoutTotal(118, 95000000),
                128000, 600000, 150000, 21000);
        return new RunSummary(DATE, 1, "COMPLETED",
                List.of(new FileSummary("POSP_20261123_N01_001.csv", "posp-csv",
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1250, 98765400, "LOADED"),
                        new FileSummary("IND26112332ACOMA", "cups-acoma",
                                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", 1240, 96250000, "LOADED")),
                new SideSummary(1250, terminal), new SideSummary(1240, bank), 0, settlement);
    }

    @Test
    void writesExactlyTheGoldenSummary() throws IOException {
        Path written = new SummaryWriter().write(new OutputPaths(out, DATE), sample());
        assertThat(written).isEqualTo(out.resolve("20261123/summary.json"));
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(golden("summary-20261123.json"));
    }

    @Test
    void theDeliveryIsRecordedInPlaceSettingTheStatusAndAddingTheSectionLastWithNoTempFileLeft() throws IOException {
        OutputPaths paths = new OutputPaths(out, DATE);
        SummaryWriter writer = new SummaryWriter();
        writer.write(paths, sample());
        String written = Files.readString(paths.summaryJson(), StandardCharsets.UTF_8);

        writer.recordDelivery(paths, new DeliverySummary(DeliverySummary.Bank.DELIVERED, 236));
        String delivered = written.replace("\"status\" : \"COMPLETED\"", "\"status\" : \"DELIVERED\"")
                .replaceFirst("\n}\n$", ",\n  \"delivery\" : {\n    \"bank\" : \"DELIVERED\",\n"
                        + "    \"statementFilesDelivered\" : 236\n  }\n}\n");
        assertThat(Files.readString(paths.summaryJson(), StandardCharsets.UTF_8)).isEqualTo(delivered);

        // a rerun's or restart's second delivery replaces the section, it does not add one
        writer.recordDelivery(paths, new DeliverySummary(DeliverySummary.Bank.NOT_CONFIGURED, 0));
        assertThat(Files.readString(paths.summaryJson(), StandardCharsets.UTF_8)).isEqualTo(delivered
                .replace("\"status\" : \"DELIVERED\"", "\"status\" : \"COMPLETED\"")
                .replace("\"bank\" : \"DELIVERED\"", "\"bank\" : \"NOT_CONFIGURED\"")
                .replace(": 236", ": 0"));
        try (java.util.stream.Stream<Path> files = Files.list(paths.dateDir())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("summary.json");
        }
    }

    @Test
    void balancedIsFalseWhenTheInvariantDoesNotHold() {
        SettlementSummary s = SettlementSummary.of(1000, 0, 6, 0, new PayoutTotal(1, 990), 0, 0, 0, 0);
        assertThat(s.invariantLeftFen()).isEqualTo(1000);
        assertThat(s.invariantRightFen()).isEqualTo(996);
        assertThat(s.balanced()).isFalse();
        assertThatThrownBy(() -> new SettlementSummary(1000, 0, 6, 0, new PayoutTotal(1, 990), 0, 0, 0, 0, 1000, 996, true))
                .hasMessageContaining("balanced=true but left 1000, right 996");
    }

    @Test
    void refusesASideWhoseOutcomesDoNotAccountForEveryInputRecord() {
        assertThatThrownBy(() -> new SideSummary(3, Map.of("MATCHED", new OutcomeTotal(2, 100))))
                .hasMessageContaining("input 3 records but outcomes count 2");
    }

    static String golden(String name) throws IOException {
        try (InputStream in = SummaryWriterTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
