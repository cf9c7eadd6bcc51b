package com.posclearing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.layout.internal.LayoutYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language features the shipped layouts do not all show: comments, another delimiter, fixed files with record types. */
class LayoutFeaturesTest {
    private static final String BANK_FIELDS = """
                  - {name: stan, COL1, type: digits, required: true}
                  - {name: transmissionTime, COL2, type: datetime, pattern: "dd.MM.yyyy HH:mm", required: true}
                  - {name: amountFen, COL3, type: amount-yuan, required: true}
                  - {name: cardNo, value: "000000******0000", type: card}
                  - {name: terminalId, value: "T0000001", type: alnum}
                  - {name: merchantId, value: "100000000000001", type: digits}
                  - {name: txnType, value: "SALE", type: text}
            """;

    @TempDir
    Path tmp;

    private static Layout layout(String yaml) {
        return LayoutYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "layouts/test.yaml");
    }

    private List<RawRecord> read(Layout layout, String content) throws IOException {
        Path file = tmp.resolve("F_20261230.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return LayoutRecords.all(layout, file);
    }

    @Test
    void semicolonsCommentsAndPatternsWithLineNumbersKept() throws IOException {
        Layout layout = layout("""
                name: semi
                kind: delimited
                encoding: UTF-8
                side: bank
                fileName: "F_{yyyyMMdd}.txt"
                maxLineBytes: 200
                csv: {delimiter: ";", comment: "#"}
                records:
                  - type: D
                    minLength: 3
                    fields:
                """ + BANK_FIELDS.replace("COL1", "column: 1").replace("COL2", "column: 2").replace("COL3", "column: 3"));
        List<RawRecord> records = read(layout, "# exported 30.12.2026\n000001;30.12.2026 10:15;12.3\n# page 2\n000002;31.12.2026 00:01;7\n");
        assertThat(records).extracting(RawRecord::lineNo).containsExactly(2L, 4L);
        assertThat(records.get(0).get("transmissionTime")).isEqualTo("20261230101500");
        assertThat(records.get(0).get("amountFen")).isEqualTo("1230");
        assertThat(records.get(1).get("amountFen")).isEqualTo("700");
        assertThat(records.get(1).get("terminalId")).isEqualTo("T0000001");
    }

    @Test
    void aFixedFileWithHeaderDetailAndTrailerByRecordType() throws IOException {
        Layout layout = layout("""
                name: fixed-typed
                kind: fixed
                encoding: UTF-8
                side: bank
                fileName: "F_{yyyyMMdd}.txt"
                maxLineBytes: 200
                recordType: {position: 1, length: 1}
                structure: {header: H, detail: D, trailer: T}
                fileDate: {record: H, field: businessDate}
                controlTotals: {record: T, counts: {detailCount: ["D"]}, sums: {detailAmountFen: {record: D, field: amountFen}}}
                records:
                  - type: H
                    minLength: 9
                    fields:
                      - {name: businessDate, position: 2, length: 8, type: date, required: true}
                  - type: T
                    minLength: 10
                    fields:
                      - {name: detailCount, position: 2, length: 3, type: digits, required: true}
                      - {name: detailAmountFen, position: 5, length: 6, type: amount-fen, required: true}
                  - type: D
                    minLength: 30
                    fields:
                """ + BANK_FIELDS.replace("COL1", "position: 2, length: 6").replace("COL2", "position: 8, length: 16")
                .replace("COL3", "position: 24, length: 7"));
        List<RawRecord> records = read(layout, "H20261230\nD00000130.12.2026 10:15  12.30\nX\nT001001230\n");
        assertThat(records).extracting(RawRecord::recordType).containsExactly("H", "D", "X", "T");
        assertThat(records.get(1).ok()).isTrue();
        assertThat(records.get(1).get("amountFen")).isEqualTo("1230");
        assertThat(records.get(2).problem()).isEqualTo(new RawRecord.Problem("recordType", "unknown record type", "X"));
        assertThat(records.get(3).get("detailAmountFen")).isEqualTo("1230");
    }

    /** Signed amounts, thousands separators, exact yuan: a third decimal or a misplaced comma rejects the line. */
    @Test
    void signedAmountsAndThousandsSeparatorsParsedExactly() throws IOException {
        Layout layout = layout("""
                name: signed
                kind: delimited
                encoding: UTF-8
                side: bank
                fileName: "F_{yyyyMMdd}.txt"
                maxLineBytes: 200
                csv: {delimiter: ";"}
                records:
                  - type: D
                    minLength: 4
                    fields:
                      - {name: acquirerCostFen, column: 4, type: amount-fen}
                """ + BANK_FIELDS.replace("COL1", "column: 1").replace("COL2", "column: 2").replace("COL3", "column: 3"));
        List<RawRecord> records = read(layout, String.join("\n", "1;30.12.2026 10:15;-1,234.50;-1,250",
                "2;30.12.2026 10:15;+12;1250", "3;30.12.2026 10:15;1,234,567.89;0", "4;30.12.2026 10:15;12.345;0",
                "5;30.12.2026 10:15;1,23.00;0", "6;30.12.2026 10:15;12.5;12.5") + "\n");
        assertThat(records.get(0).get("amountFen")).isEqualTo("-123450");
        assertThat(records.get(0).get("acquirerCostFen")).isEqualTo("-1250");
        assertThat(records.get(1).get("amountFen")).isEqualTo("1200");
        assertThat(records.get(2).get("amountFen")).isEqualTo("123456789");
        assertThat(records.get(3).problem()).isEqualTo(new RawRecord.Problem("amountFen",
                "has 3 decimals: an amount in yuan has at most 2 (fen); it is refused, not rounded", "12.345"));
        assertThat(records.get(4).problem()).isEqualTo(new RawRecord.Problem("amountFen",
                "expected an amount in yuan such as 123.45", "1,23.00"));
        assertThat(records.get(5).problem()).isEqualTo(new RawRecord.Problem("acquirerCostFen",
                "expected an amount in fen (up to 18 digits, a sign and thousands commas allowed)", "12.5"));
    }
}
