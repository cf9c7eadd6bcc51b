package com.posclearing.statement.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.statement.LineSpill;
import com.posclearing.statement.StatementLine;
import com.posclearing.support.Buckets;
import com.posclearing.support.spill.SpillFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementChunksTest {
    private static final MerchantId M1 = MerchantId.of("898310058120001");
    private static final MerchantId M2 = MerchantId.of("898310058120002");
    private static final MerchantId M3 = MerchantId.of("898310058120003");
    private static final MerchantId M0 = MerchantId.of("898310058120000");

    @TempDir
    Path dir;

    private static LineSpill.Entry entry(MerchantId m, long txnId, int minute, String outcome, long amountFen, long feeFen) {
        boolean settled = outcome.startsWith("MATCHED");
        return new LineSpill.Entry(m, txnId, new StatementLine(LocalDateTime.of(2026, 12, 30, 10, minute), TerminalId.of("10000001"),
                "000001", Stan.of("000001"), Rrn.of("000000000001"), MaskedCard.of("622848******1234"), CardKind.DEBIT,
                amountFen < 0 ? TxnType.REFUND : TxnType.SALE, amountFen, feeFen, settled ? amountFen - feeFen : 0, outcome));
    }

    private void bucket(int b, LineSpill.Entry... entries) {
        try (LineSpill.Writer w = new LineSpill.Writer(SpillFile.ofBucket(dir.resolve("lines"), b))) {
            for (LineSpill.Entry e : entries) {
                w.write(e);
            }
            w.commit();
        }
    }

    @Test
    void linesOfEveryBucketArriveInTheirMerchantsChunkInStatementOrder() throws Exception {
        for (int b = 0; b < Buckets.COUNT; b++) {
            bucket(b);
        }
        bucket(3, entry(M3, 300, 5, "MATCHED", 1_000, 6), entry(M1, 102, 9, "DUPLICATE", 500, 0), entry(M0, 1, 1, "MATCHED", 1, 0));
        bucket(7, entry(M1, 101, 9, "MATCHED", 2_000, 11), entry(M2, 200, 1, "MATCHED", -300, -2), entry(M1, 100, 30, "MATCHED", 700, 4));

        StatementChunks chunks = StatementChunks.partition(StatementChunks.buckets(dir.resolve("lines")), List.of(M1, M3),
                dir.resolve("chunks"));

        List<String> first = new ArrayList<>();
        chunks.lines(0, (m, l) -> first.add(m.value().substring(13) + " " + l.txnTime().getMinute() + " " + l.amountFen()));
        // merchant, then time, then record id (101 before 102 at the same minute); M0 precedes every chunk: no statement
        assertThat(first).containsExactly("01 9 2000", "01 9 500", "01 30 700", "02 1 -300");
        List<String> second = new ArrayList<>();
        chunks.lines(1, (m, l) -> second.add(m.value().substring(13) + " " + l.netFen() + " " + l.outcome()));
        assertThat(second).containsExactly("03 994 MATCHED");
    }

    @Test
    void aMissingBucketFileIsIncompleteAndLeavesNoChunks() {
        bucket(0, entry(M1, 100, 1, "MATCHED", 700, 4));
        assertThatThrownBy(() -> StatementChunks.partition(StatementChunks.buckets(dir.resolve("lines")), List.of(M1),
                dir.resolve("chunks"))).isInstanceOf(SpillFile.Incomplete.class).hasMessageContaining("b01.bin");
        assertThat(Files.exists(dir.resolve("chunks"))).isFalse();
    }
}
