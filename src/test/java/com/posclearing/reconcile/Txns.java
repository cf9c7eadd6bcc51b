package com.posclearing.reconcile;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Small builders for test records: sensible defaults, change only what a test is about. */
final class Txns {
    static final String MERCHANT = "102100000000001";
    static final String TERMINAL = "T0000001";
    static final String CARD = "622848******1234";

    private Txns() {
    }

    static TerminalBuilder terminal(long id) {
        return new TerminalBuilder(id);
    }

    static BankBuilder bank(long id) {
        return new BankBuilder(id);
    }

    /** The bank row of the clearing of {@code clearing} that a correct bank sends for {@code t}. */
    static BankBuilder bankFor(long id, TerminalTxn t, BusinessDate clearing) {
        return new BankBuilder(id).clearing(clearing).terminal(t.terminalId().value()).merchant(t.merchantId().value())
                .rrn(t.rrn().value()).stan(t.stan().value()).time(t.txnTime()).card(t.cardNo().value())
                .amount(t.amountFen()).refund(t.txnType() == TxnType.REFUND);
    }

    static final class TerminalBuilder {
        private final long id;
        private BusinessDate date = BusinessDate.of(2026, 12, 31);
        private String merchant = MERCHANT;
        private String terminal = TERMINAL;
        private String batch = "000001";
        private String stan;
        private String rrn;
        private TxnType type = TxnType.SALE;
        private String card = CARD;
        private long amountFen = 1000;
        private LocalDateTime time;
        private String origStan;
        private String origRrn;

        TerminalBuilder(long id) {
            this.id = id;
            this.stan = String.format("%06d", id);
            this.rrn = String.format("R%011d", id);
        }

        TerminalBuilder date(BusinessDate value) { date = value; return this; }
        TerminalBuilder date(int year, int month, int day) { return date(BusinessDate.of(year, month, day)); }
        TerminalBuilder merchant(String value) { merchant = value; return this; }
        TerminalBuilder terminal(String value) { terminal = value; return this; }
        TerminalBuilder batch(String value) { batch = value; return this; }
        TerminalBuilder stan(String value) { stan = value; return this; }
        TerminalBuilder rrn(String value) { rrn = value; return this; }
        TerminalBuilder type(TxnType value) { type = value; return this; }
        TerminalBuilder card(String value) { card = value; return this; }
        TerminalBuilder amount(long value) { amountFen = value; return this; }
        TerminalBuilder time(LocalDateTime value) { time = value; return this; }

        /** Makes it a VOID of the sale with this STAN (and RRN, when not null). */
        TerminalBuilder voids(String saleStan, String saleRrn) {
            type = TxnType.VOID;
            origStan = saleStan;
            origRrn = saleRrn;
            return this;
        }

        TerminalTxn build() {
            LocalDateTime at = time != null ? time : LocalDateTime.of(date.value(), LocalTime.of(10, 0, 0));
            LocalDate origDate = origStan == null ? null : date.value();
            return new TerminalTxn(id, "POSP_" + date.compact() + "_N01_001.csv", id + 2, date, MerchantId.of(merchant),
                    TerminalId.of(terminal), batch, Stan.of(stan), Rrn.of(rrn), "A00001", type, MaskedCard.of(card),
                    CardKind.DEBIT, amountFen, at, origStan == null ? null : Stan.of(origStan),
                    origRrn == null ? null : Rrn.of(origRrn), origDate);
        }
    }

    static final class BankBuilder {
        private final long id;
        private BusinessDate clearing = BusinessDate.of(2026, 12, 31);
        private String merchant = MERCHANT;
        private String terminal = TERMINAL;
        private String stan;
        private String rrn;
        private String card = CARD;
        private long amountFen = 1000;
        private LocalDateTime time;
        private String mti = "0200";
        private String processingCode = "000000";
        private String origStan;
        private boolean reversed;
        private boolean cancelled;

        BankBuilder(long id) {
            this.id = id;
            this.stan = String.format("%06d", id);
            this.rrn = String.format("B%011d", id);
        }

        BankBuilder clearing(BusinessDate value) { clearing = value; return this; }
        BankBuilder merchant(String value) { merchant = value; return this; }
        BankBuilder terminal(String value) { terminal = value; return this; }
        BankBuilder stan(String value) { stan = value; return this; }
        BankBuilder rrn(String value) { rrn = value; return this; }
        BankBuilder card(String value) { card = value; return this; }
        BankBuilder amount(long value) { amountFen = value; return this; }
        BankBuilder time(LocalDateTime value) { time = value; return this; }
        BankBuilder reversed() { reversed = true; return this; }
        BankBuilder cancelled() { cancelled = true; return this; }

        BankBuilder refund(boolean refund) {
            mti = refund ? "0220" : "0200";
            processingCode = refund ? "200000" : "000000";
            return this;
        }

        /** A void row (0200 / 200000) naming the sale with this STAN. */
        BankBuilder voidRow(String saleStan) {
            mti = "0200";
            processingCode = "200000";
            origStan = saleStan;
            return this;
        }

        BankTxn build() {
            LocalDateTime at = time != null ? time : LocalDateTime.of(clearing.value(), LocalTime.of(10, 0, 0));
            return new BankTxn(id, "IND" + clearing.compact().substring(2) + "32ACOMA", id, clearing, Stan.of(stan), at,
                    MaskedCard.of(card), amountFen, mti, processingCode, TerminalId.of(terminal), MerchantId.of(merchant),
                    Rrn.of(rrn), "A00001", origStan == null ? null : Stan.of(origStan), null, reversed, cancelled,
                    "测试商户", 12, null);
        }
    }
}
