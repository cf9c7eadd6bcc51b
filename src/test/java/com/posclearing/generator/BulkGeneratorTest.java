package com.posclearing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkGeneratorTest {
    private static final BusinessDate DATE = BusinessDate.of(2027, 3, 15);

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        BulkGenerator.Result ra = BulkGenerator.write(new BulkGenerator.Options(42, 5_000, 30, DATE, 100), a);
        BulkGenerator.Result rb = BulkGenerator.write(new BulkGenerator.Options(42, 5_000, 30, DATE, 100), b);
        BulkGenerator.Result rc = BulkGenerator.write(new BulkGenerator.Options(43, 5_000, 30, DATE, 100), c);
        for (String name : List.of("inbox/POSP_20270315_N01_001.csv", "inbox/IND27031532ACOMA", "config/merchants.csv",
                "config/terminals.csv", "config/fee-plans.csv")) {
            assertThat(Arrays.mismatch(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name))))
                    .as(name).isEqualTo(-1);
        }
        assertThat(Files.readAllBytes(rc.pospFile())).isNotEqualTo(Files.readAllBytes(ra.pospFile()));
        assertThat(rb.terminalOutcomes()).isEqualTo(ra.terminalOutcomes());
    }

    @Test
    void writesExactlyTheRequestedRecordsWithAgreeingTotalsAndRealisticProportions(@TempDir Path dir) throws IOException {
        BulkGenerator.Result r = BulkGenerator.write(new BulkGenerator.Options(7, 20_000, 50, DATE, 250), dir);
        List<String> lines = Files.readAllLines(r.pospFile(), StandardCharsets.UTF_8);
        long b = lines.stream().filter(l -> l.startsWith("B,")).count();
        List<String> details = lines.stream().filter(l -> l.startsWith("D,")).toList();
        long fen = details.stream().mapToLong(l -> Long.parseLong(l.split(",", -1)[10])).sum();
        assertThat(details).hasSize(20_000);
        assertThat(r.terminalRecords()).isEqualTo(20_000);
        assertThat(b).isEqualTo(80);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("T," + b + ",20000," + fen);
        assertThat(r.terminalOutcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20_000);
        assertThat(r.bankOutcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.bankRecords());
        long bankRows = Files.size(r.acomaFile()) / (422 + 47 + 2);
        assertThat(bankRows).isEqualTo(r.bankRecords());
        assertThat(r.terminalOutcomes().get("MATCHED")).isBetween(19_200L, 19_600L);
        assertThat(r.terminalOutcomes()).containsKeys("PENDING", "AMOUNT_MISMATCH", "DATA_MISMATCH", "VOIDED");
        assertThat(r.bankOutcomes()).containsKeys("MISSING_AT_TERMINAL", "REVERSED");
        assertThat(Files.readAllLines(r.configDir().resolve("terminals.csv"))).hasSize(101);
        assertThat(Files.readAllLines(r.configDir().resolve("merchants.csv")).get(1))
                .isEqualTo("898310000000000,上海便利店1号店,5499,STD,T1,90000000000000000000,上海便利店1号店,102290024433,ACTIVE,"
                        + "m00000000@example.cn");
    }
}
