package com.posclearing.statement;

import static com.posclearing.statement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

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
                new BreakLine(Side.TERMINAL, "AMOUNT_MISMATCH", "terminal 12.50 yuan, bank 12.05 yuan", MERCHANT.value(),
                        TERMINAL.value(), "000123", "RRN000000123", LocalDateTime.of(2026, 11, 23, 9, 0, 5), CARD, 1250L,
                        1205L, "POSP_20261123_N01_001.csv", 7),
                new BreakLine(Side.BANK, "MISSING_AT_TERMINAL", "no terminal record, 平台漏单", "898310048160009",
                        "20000002", "000456", "RRN000000456", null, null, null, 880L, "IND26112332ACOMA", 3),
                new BreakLine(Side.TERMINAL, "REJECTED", "-unknown terminal, \"X\"", "=1+1", null, null, null, null, null,
                        99L, null, "POSP_20261123_N01_001.csv", 0));
    }

    @Test
    void writesEveryBreakWithTheDocumentedHeader() throws Exception {
        long n = new BreaksCsvWriter().write(new OutputPaths(out, DATE), breaks());
        assertThat(n).isEqualTo(3);
        byte[] bytes = Files.readAllBytes(out.resolve("20261123/reports/breaks_20261123.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "business_date,side,outcome,reason,merchant_id,terminal_id,stan,rrn,txn_time,card_no,terminal_amount,bank_amount,source_file,source_line\r\n"
                        + "2026-11-23,TERMINAL,AMOUNT_MISMATCH,\"terminal 12.50 yuan, bank 12.05 yuan\",898310048160001,10000001,000123,RRN000000123,2026-11-23 09:00:05,622202******1234,12.50,12.05,POSP_20261123_N01_001.csv,7\r\n"
                        + "2026-11-23,BANK,MISSING_AT_TERMINAL,\"no terminal record, 平台漏单\",898310048160009,20000002,000456,RRN000000456,,,,8.80,IND26112332ACOMA,3\r\n"
                        + "2026-11-23,TERMINAL,REJECTED,\"'-unknown terminal, \"\"X\"\"\",'=1+1,,,,,,0.99,,POSP_20261123_N01_001.csv,\r\n");
    }
}
