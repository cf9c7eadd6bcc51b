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
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementPartitionsTest {
    private static final MerchantId M1 = MerchantId.of("898310058120001");
    private static final MerchantId M2 = MerchantId.of("898310058120002");

    @TempDir
    Path dir;

    private static LineSpill.Entry entry(MerchantId m, long txnId, int minute, String outcome, long amountFen, long feeFen) {
        boolean settled = outcome.startsWith("MATCHED");
        return new LineSpill.Entry(m, txnId, new StatementLine(LocalDateTime.of(2026, 12, 30, 10, minute), TerminalId.of("10000001"),
                "000001", Stan.of("000001"), Rrn.of("000000000001"), MaskedCard.of("622848******1234"), CardKind.DEBIT,
                amountFen < 0 ? TxnType.REFUND : TxnType.SALE, amountFen, feeFen, settled ? amountFen - feeFen : 0, outcome));
    }

    private void bucket(int b, LineSpill.Entry... entries) {
        try (LineSpill.PartitionedWriter w = new LineSpill.PartitionedWriter(dir.resolve("lines"), b)) {
            for (LineSpill.Entry e : entries) {
                w.write(e);
            }
            w.commit();
        }
    }

    private static List<String> shown(List<LineSpill.Entry> entries) {
        return entries.stream().map(e -> e.merchant().value().substring(13) + " " + e.line().txnTime().getMinute() + " "
                + e.line().amountFen()).toList();
    }

    @Test
    void everyLineOfAMerchantIsInItsPartitionInStatementOrder() throws Exception {
        for (int b = 0; b < Buckets.COUNT; b++) {
            bucket(b);
        }
        bucket(3, entry(M1, 102, 9, "DUPLICATE", 500, 0), entry(M2, 200, 1, "MATCHED", -300, -2));
        bucket(7, entry(M1, 101, 9, "MATCHED", 2_000, 11), entry(M1, 100, 30, "MATCHED", 700, 4));
        Path lines = dir.resolve("lines");
        assertThat(StatementPartitions.complete(lines)).isTrue();
        int p1 = LineSpill.partitionOf(M1);
        int p2 = LineSpill.partitionOf(M2);
        assertThat(p1).isNotEqualTo(p2);
        // time, then record id (101 before 102 at the same minute), whichever bucket wrote them
        assertThat(shown(StatementPartitions.lines(lines, p1))).containsExactly("01 9 2000", "01 9 500", "01 30 700");
        assertThat(shown(StatementPartitions.lines(lines, p2))).containsExactly("02 1 -300");
        int empty = IntStream.range(0, LineSpill.PARTITIONS).filter(p -> p != p1 && p != p2).findFirst().orElseThrow();
        assertThat(StatementPartitions.lines(lines, empty)).isEmpty();
    }

    @Test
    void aMissingBucketFileMakesTheSpillIncompleteAndTheDatabaseLinesAreSplitTheSameWay() throws Exception {
        bucket(0, entry(M1, 100, 1, "MATCHED", 700, 4));
        assertThat(StatementPartitions.complete(dir.resolve("lines"))).isFalse();

        List<LineSpill.Entry> fromDatabase = List.of(entry(M2, 200, 1, "MATCHED", -300, -2), entry(M1, 100, 1, "MATCHED", 700, 4));
        StatementPartitions.split(fromDatabase::forEach, dir.resolve("lines-db"));
        assertThat(shown(StatementPartitions.lines(dir.resolve("lines-db"), LineSpill.partitionOf(M1)))).containsExactly("01 1 700");
        assertThat(shown(StatementPartitions.lines(fromDatabase::forEach, LineSpill.partitionOf(M2)))).containsExactly("02 1 -300");
    }

    @Test
    void aFileCutShortIsIncomplete() throws Exception {
        bucket(0, entry(M1, 100, 1, "MATCHED", 700, 4));
        Path file = SpillFile.ofBucket(LineSpill.partitionDir(dir.resolve("lines"), LineSpill.partitionOf(M1)), 0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 4));
        assertThatThrownBy(() -> StatementPartitions.lines(dir.resolve("lines"), LineSpill.partitionOf(M1)))
                .isInstanceOf(SpillFile.Incomplete.class);
    }
}
