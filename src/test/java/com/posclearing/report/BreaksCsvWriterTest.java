package com.posclearing.report;

import static com.posclearing.statement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.Side;
import com.posclearing.support.files.OutputPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreaksCsvWriterTest {
    @TempDir
    Path out;

    static List<BreakLine> breaks() {
        return List.of(
                new BreakLine(Side.TERMINAL, "AMOUNT_MISMATCH", BreakReason.of("AMOUNT_DIFFERS"), MERCHANT.value(),
                        TERMINAL.value(), "000123", "RRN000000123", LocalDateTime.of(2026, 11, 23, 9, 0, 5), CARD, 1250L,
                        1205L, "POSP_20261123_N01_001.csv", 7),
                new BreakLine(Side.TERMINAL, "DATA_MISMATCH", new BreakReason("MERCHANT_DIFFERS", TxnKey.NONE,
                        List.of(new BreakReason.FieldDifference("MERCHANT", MERCHANT.value(), "898310048160002")), ""),
                        MERCHANT.value(), TERMINAL.value(), "000124", "123456789012", LocalDateTime.of(2026, 11, 23, 9, 1, 0),
                        CARD, 500L, 500L, "POSP_20261123_N01_001.csv", 8),
                new BreakLine(Side.BANK, "MISSING_AT_TERMINAL", BreakReason.of("NOT_ON_TERMINAL"), "898310048160009",
                        "20000002", "000456", "RRN000000456", null, null, null, 880L, "IND26112332ACOMA", 3),
                new BreakLine(Side.BANK, "REJECTED", new BreakReason("MATCHES_REJECTED_TERMINAL",
                        new TxnKey("10000009", "123456789099", "000321"), List.of(), ""), "898310048160009", "10000009",
                        "000322", "123456789099", null, null, null, 700L, "IND26112332ACOMA", 4),
                new BreakLine(Side.TERMINAL, "REJECTED", new BreakReason(BreakReason.UNREADABLE_LINE, TxnKey.NONE, List.of(),
                        "amount: not a number \"X\""), "=1+1", null, null, null, null, null, 99L, null,
                        "POSP_20261123_N01_001.csv", 0));
    }

    @Test
    void writesEveryBreakWithTheDocumentedHeaderAndReasonsNamingTerminalRrnAndStan() throws Exception {
        long n = new BreaksCsvWriter().write(new OutputPaths(out, DATE), breaks());
        assertThat(n).isEqualTo(5);
        byte[] bytes = Files.readAllBytes(out.resolve("20261123/reports/breaks_20261123.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "business_date,side,outcome,reason,merchant_id,terminal_id,stan,rrn,txn_time,card_no,terminal_amount,bank_amount,source_file,source_line\r\n"
                        + "2026-11-23,TERMINAL,AMOUNT_MISMATCH,\"Amounts differ: terminal 10000001 RRN RRN000000123 STAN 000123,"
                        + " terminal 12.50 yuan, bank 12.05 yuan\",898310048160001,10000001,000123,RRN000000123,2026-11-23 09:00:05,"
                        + "622202******1234,12.50,12.05,POSP_20261123_N01_001.csv,7\r\n"
                        + "2026-11-23,TERMINAL,DATA_MISMATCH,\"Merchant ids differ: terminal 10000001 RRN 123456789012 STAN 000124,"
                        + " merchant: terminal 898310048160001, bank 898310048160002\",898310048160001,10000001,000124,123456789012,"
                        + "2026-11-23 09:01:00,622202******1234,5.00,5.00,POSP_20261123_N01_001.csv,8\r\n"
                        + "2026-11-23,BANK,MISSING_AT_TERMINAL,No terminal record or pending item: terminal 20000002 RRN RRN000000456"
                        + " STAN 000456,898310048160009,20000002,000456,RRN000000456,,,,8.80,IND26112332ACOMA,3\r\n"
                        + "2026-11-23,BANK,REJECTED,\"Terminal record was rejected: terminal 10000009 RRN 123456789099 STAN 000322,"
                        + " against terminal 10000009 RRN 123456789099 STAN 000321\",898310048160009,10000009,000322,123456789099,"
                        + ",,,7.00,IND26112332ACOMA,4\r\n"
                        + "2026-11-23,TERMINAL,REJECTED,\"Unreadable line: amount: not a number \"\"X\"\"\",'=1+1,,,,,,0.99,,"
                        + "POSP_20261123_N01_001.csv,\r\n");
    }
}
