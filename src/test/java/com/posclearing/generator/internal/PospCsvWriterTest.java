package com.posclearing.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PospCsvWriterTest {
    private static final MerchantId M = MerchantId.of("898310058120001");
    private static final TerminalId T = TerminalId.of("58120101");
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 30, 10, 0);

    private static PospDetail d(String stan, TxnType type, long fen, PospDetail orig) {
        return new PospDetail(M, T, "000101", Stan.of(stan), Rrn.of("261230" + stan), orig == null ? "A00001" : "",
                type, MaskedCard.of("622588******1234"), CardKind.DEBIT, fen, AT, orig == null ? null : orig.stan(),
                orig == null ? null : orig.rrn(), orig == null ? null : LocalDate.of(2026, 12, 30));
    }

    @Test
    void writesSummaryAndTrailerFromTheDetailLines() {
        StringWriter out = new StringWriter();
        try (PospCsvWriter w = new PospCsvWriter(out, BusinessDate.of(2026, 12, 30), "N01", "001", AT.plusDays(1))) {
            w.beginBatch(M, T, "000101", AT, AT.plusHours(12));
            PospDetail sale = d("000001", TxnType.SALE, 20_000, null);
            assertThat(w.detail(sale)).isEqualTo(3);
            w.detail(d("000002", TxnType.VOID, 20_000, sale));
            w.detail(d("000003", TxnType.PREAUTH_COMPLETE, 5_000, null));
            w.detail(d("000004", TxnType.REFUND, 1_500, sale));
            w.endBatch();
            w.beginBatch(M, T, "000102", AT, AT.plusHours(12));
            w.detail(d("000005", TxnType.SALE, 700, null));
            w.endBatch(1, 800, 0, 0);
        }
        assertThat(out.toString()).isEqualTo(String.join("\r\n",
                "H,POSP-CSV,1,20261230,N01,001,20261231100000",
                "B,898310058120001,58120101,000101,20261230100000,20261230220000",
                "D,898310058120001,58120101,000101,000001,261230000001,A00001,SALE,622588******1234,DEBIT,20000,CNY,20261230100000,,,",
                "D,898310058120001,58120101,000101,000002,261230000002,,VOID,622588******1234,DEBIT,20000,CNY,20261230100000,000001,261230000001,20261230",
                "D,898310058120001,58120101,000101,000003,261230000003,A00001,PREAUTH_COMPLETE,622588******1234,DEBIT,5000,CNY,20261230100000,,,",
                "D,898310058120001,58120101,000101,000004,261230000004,,REFUND,622588******1234,DEBIT,1500,CNY,20261230100000,000001,261230000001,20261230",
                "S,898310058120001,58120101,000101,1,5000,1,1500",
                "B,898310058120001,58120101,000102,20261230100000,20261230220000",
                "D,898310058120001,58120101,000101,000005,261230000005,A00001,SALE,622588******1234,DEBIT,700,CNY,20261230100000,,,",
                "S,898310058120001,58120101,000102,1,800,0,0",
                "T,2,5,47200", ""));
    }

    /** Every committed POSP file: T = (B lines, D lines, Σ D amounts); every S agrees except the one out of balance. */
    @Test
    void committedSampleFilesHaveAgreeingControlTotals() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("sample-files"))) {
            files = s.filter(p -> p.getFileName().toString().startsWith("POSP_")).sorted().toList();
        }
        assertThat(files).hasSize(6);
        int outOfBalance = 0;
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("H,POSP-CSV,1,");
            long b = 0;
            long d = 0;
            long fen = 0;
            long sales = 0;
            long salesFen = 0;
            long refunds = 0;
            long refundsFen = 0;
            for (String line : lines.subList(1, lines.size() - 1)) {
                String[] c = line.split(",", -1);
                switch (c[0]) {
                    case "B" -> {
                        b++;
                        sales = salesFen = refunds = refundsFen = 0;
                    }
                    case "D" -> {
                        assertThat(c).as(line).hasSize(16);
                        long amount = Long.parseLong(c[10]);
                        d++;
                        fen += amount;
                        switch (c[7]) {
                            case "SALE", "PREAUTH_COMPLETE" -> {
                                sales++;
                                salesFen += amount;
                            }
                            case "VOID" -> {
                                sales--;
                                salesFen -= amount;
                            }
                            default -> {
                                refunds++;
                                refundsFen += amount;
                            }
                        }
                    }
                    case "S" -> {
                        String mine = sales + "," + salesFen + "," + refunds + "," + refundsFen;
                        if (!line.endsWith("," + mine)) {
                            outOfBalance++;
                            assertThat(line).isEqualTo("S,898310058120002,58120201,000202,3,12500,0,0");
                        }
                    }
                    default -> throw new AssertionError("unexpected line in " + f + ": " + line);
                }
            }
            assertThat(lines.get(lines.size() - 1)).as(f.toString()).isEqualTo("T," + b + "," + d + "," + fen);
        }
        assertThat(outOfBalance).isEqualTo(1);
    }
}
