package com.posclearing.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.support.Buckets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxnSpillTest {
    private static final BusinessDate D = BusinessDate.of(2026, 12, 30);

    @TempDir
    Path dir;

    private static TerminalTxn sale(long id, int line) {
        return new TerminalTxn(id, "POSP_20261230_N01_001.csv", line, D, MerchantId.of("898310058120001"),
                TerminalId.of("10000001"), "000001", Stan.of("000123"), Rrn.of("123456789012"), null, TxnType.SALE,
                MaskedCard.of("622848******1234"), CardKind.DEBIT, 123_456L, LocalDateTime.of(2026, 12, 30, 23, 59, 58),
                null, null, null);
    }

    private static TerminalTxn refund(long id, int line) {
        return new TerminalTxn(id, "POSP_20261230_N01_001.csv", line, D, MerchantId.of("898310058120002"),
                TerminalId.of("10000002"), "000002", Stan.of("000124"), Rrn.of("123456789013"), "A1B2C3", TxnType.REFUND,
                MaskedCard.of("622848******4321"), CardKind.CREDIT, 5_000L, LocalDateTime.of(2026, 12, 30, 0, 0, 1, 500),
                Stan.of("000099"), Rrn.of("123456789000"), LocalDate.of(2026, 12, 28));
    }

    /** Without an original time also without RRN and network fee (a ZM row lacks the one, a CSV the other). */
    private static BankTxn bank(long id, String name, LocalDateTime origTime) {
        return new BankTxn(id, "IND26123032ACOMA", 7, D, Stan.of("000123"), LocalDateTime.of(2026, 12, 30, 23, 59, 58),
                MaskedCard.of("622848******1234"), 123_456L, "0200", "000000", TerminalId.of("10000001"),
                MerchantId.of("898310058120001"), origTime == null ? null : Rrn.of("123456789012"), null,
                origTime == null ? null : Stan.of("000001"), origTime, false, true, name, 617L, origTime == null ? null : 741L);
    }

    @Test
    void recordsComeBackEqualPerBucketInWriteOrder() {
        try (TxnSpill.Writer w = new TxnSpill.Writer(dir)) {
            w.terminal(3, sale(100_000_001L, 1));
            w.terminal(3, refund(100_000_002L, 2));
            w.terminal(5, sale(100_000_003L, 3));
            w.commit();
        }
        Path bankDir = dir.resolve("bank");
        try (TxnSpill.Writer w = new TxnSpill.Writer(bankDir)) {
            w.bank(3, bank(200_000_007L, "上海测试商户（浦东）", LocalDateTime.of(2026, 12, 29, 8, 0)));
            w.bank(3, bank(200_000_008L, null, null));
            w.commit();
        }
        assertThat(TxnSpill.readTerminal(TxnSpill.bucketFile(dir, 3), "POSP_20261230_N01_001.csv"))
                .containsExactly(sale(100_000_001L, 1), refund(100_000_002L, 2));
        assertThat(TxnSpill.readTerminal(TxnSpill.bucketFile(dir, 5), "POSP_20261230_N01_001.csv"))
                .containsExactly(sale(100_000_003L, 3));
        assertThat(TxnSpill.readTerminal(TxnSpill.bucketFile(dir, 0), "x")).isEmpty();
        // bank records of the test all sit on line 7: the spill keeps the line it was given
        List<BankTxn> bank = TxnSpill.readBank(TxnSpill.bucketFile(bankDir, 3), "IND26123032ACOMA");
        assertThat(bank).containsExactly(bank(200_000_007L, "上海测试商户（浦东）", LocalDateTime.of(2026, 12, 29, 8, 0)),
                bank(200_000_008L, null, null));
        assertThat(bankDir.toFile().list()).hasSize(Buckets.COUNT).allMatch(n -> n.matches("b\\d\\d\\.bin"));
    }

    @Test
    void absentIncompleteOrUncommittedSpillIsNotRead() throws Exception {
        try (TxnSpill.Writer w = new TxnSpill.Writer(dir)) {
            w.terminal(1, sale(100_000_001L, 1));
            // no commit: a rolled-back load
        }
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(TxnSpill.readTerminal(TxnSpill.bucketFile(dir, 1), "f")).isNull();

        try (TxnSpill.Writer w = new TxnSpill.Writer(dir)) {
            w.terminal(1, sale(100_000_001L, 1));
            w.terminal(1, sale(100_000_002L, 2));
            w.commit();
        }
        Path file = TxnSpill.bucketFile(dir, 1);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertThat(TxnSpill.readTerminal(file, "f")).isNull();
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(TxnSpill.readTerminal(file, "f")).isNull();
    }
}
