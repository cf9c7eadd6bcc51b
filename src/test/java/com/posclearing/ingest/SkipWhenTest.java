package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.layout.Layout;
import com.posclearing.layout.internal.LayoutYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skipWhen}: a row status meaning "skip this row", counted apart and still inside the trailer's count. */
class SkipWhenTest {
    private static final BusinessDate DATE = BusinessDate.of(2026, 12, 30);
    private static final String LAYOUT = """
            name: with-status
            kind: delimited
            encoding: UTF-8
            side: bank
            fileName: "S_{yyyyMMdd}.csv"
            maxLineBytes: 200
            recordType: {column: 1}
            structure: {detail: D, trailer: T}
            controlTotals: {record: T, counts: {totalCount: [D]}, sums: {totalAmountFen: {record: D, field: amountFen}}}
            records:
              - type: D
                minLength: 4
                skipWhen: {field: status, values: ["CLOSED", "FAILED"]}
                fields:
                  - {name: stan, column: 2, type: digits, required: true}
                  - {name: amountFen, column: 3, type: amount-fen, required: true}
                  - {name: status, column: 4, type: text, map: {"0": SUCCESS, "9": FAILED}, values: [SUCCESS, CLOSED, FAILED]}
                  - {name: transmissionTime, value: "20261230101112", type: datetime}
                  - {name: cardNo, value: "000000******0000", type: card}
                  - {name: terminalId, value: "T0000001", type: alnum}
                  - {name: merchantId, value: "100000000000001", type: digits}
                  - {name: txnType, value: "SALE", type: text}
              - type: T
                minLength: 3
                fields:
                  - {name: totalCount, column: 2, type: digits, required: true}
                  - {name: totalAmountFen, column: 3, type: amount-fen, required: true}
            """;

    @TempDir
    Path tmp;

    private FileResult parse(String content, CollectingSink sink) throws IOException {
        Layout layout = LayoutYaml.read(new ByteArrayInputStream(LAYOUT.getBytes(StandardCharsets.UTF_8)), "layouts/s.yaml");
        Path file = tmp.resolve("S_20261230.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return FileParser.parse(file, file.getFileName().toString(), layout, DATE, sink);
    }

    @Test
    void closedAndFailedRowsAreSkippedCountedAndStillInTheTrailerCount() throws IOException {
        CollectingSink sink = new CollectingSink();
        // line 3 is CLOSED with a blank amount, line 4 maps "9" to FAILED: skipped, not rejected; T counts 4 D lines
        FileResult result = parse("D,000001,1000,0\nD,000002,2500,SUCCESS\nD,000003,,CLOSED\nD,000004,700,9\nT,4,3500\n", sink);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.bank).extracting(t -> t.stan().value()).containsExactly("000001", "000002");
        assertThat(result).isEqualTo(new FileResult("S_20261230.csv", "with-status", 4, 2, 3_500L, 0, 0, 0, 0, 2));
    }

    @Test
    void aStatusOutsideTheValuesIsARejectNotASkip() throws IOException {
        CollectingSink sink = new CollectingSink();
        FileResult result = parse("D,000001,1000,0\nD,000002,2500,PENDING\nT,2,3500\n", sink);

        assertThat(result.skipped()).isZero();
        assertThat(result.rejects()).isEqualTo(1);
        assertThat(sink.rejects.get(0).lineNo()).isEqualTo(2);
        assertThat(sink.rejects.get(0).field()).isEqualTo("status");
        assertThat(sink.rejects.get(0).reason()).isEqualTo("expected one of SUCCESS, CLOSED, FAILED");
    }

    @Test
    void theTrailerCountCountsSkippedRowsSoLeavingThemOutRejectsTheFile() {
        assertThatThrownBy(() -> parse("D,000001,1000,0\nD,000003,,CLOSED\nT,1,1000\n", new CollectingSink()))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("S_20261230.csv")
                .hasMessageContaining("line 3")
                .hasMessageContaining("totalCount")
                .hasMessageContaining("says 1 but the file has 2 D records");
    }

    @Test
    void aSkipValueTheFieldRefusesIsRefusedAtStart() {
        String bad = LAYOUT.replace("values: [\"CLOSED\", \"FAILED\"]", "values: [\"CANCELED\"]");
        assertThatThrownBy(() -> LayoutYaml.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "layouts/s.yaml"))
                .hasMessageContaining("layouts/s.yaml")
                .hasMessageContaining("skipWhen.values [CANCELED]: field status allows only [SUCCESS, CLOSED, FAILED]");
        String onTrailer = LAYOUT.replace("minLength: 3\n", "minLength: 3\n    skipWhen: {field: totalCount, values: [\"0\"]}\n");
        assertThatThrownBy(() -> LayoutYaml.read(new ByteArrayInputStream(onTrailer.getBytes(StandardCharsets.UTF_8)), "layouts/s.yaml"))
                .hasMessageContaining("record T, skipWhen: only the detail record D has rows to skip");
    }
}
