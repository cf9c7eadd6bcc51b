package com.posclearing.generator.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-made demo cases as data: days, their terminal files and batches, their bank rows, and for every record
 * the outcome expected in each run (decided by hand from SPEC 3.1). Small enough to hold in memory; the bulk mode
 * never uses it. RRNs are {@code yyMMdd} + a 6-digit sequence of the day; STANs count per terminal.
 */
public final class DemoBook {
    private final List<Day> days = new ArrayList<>();
    private final Map<TerminalId, Integer> stans = new HashMap<>();

    public Day day(int year, int month, int dayOfMonth) {
        Day d = new Day(BusinessDate.of(year, month, dayOfMonth));
        days.add(d);
        return d;
    }

    public List<Day> days() {
        return days;
    }

    Stan nextStan(TerminalId terminal) {
        int n = stans.merge(terminal, 1, Integer::sum);
        return Stan.of(String.format("%06d", 100 + n));
    }

    /** A business date and clearing date: its terminal files and its ACOMA file. */
    public final class Day {
        public final BusinessDate date;
        public final List<PospFile> files = new ArrayList<>();
        public final List<BankEntry> bank = new ArrayList<>();
        private int rrnSeq;

        Day(BusinessDate date) {
            this.date = date;
        }

        public PospFile posp(String node, int seq, LocalDateTime createdAt) {
            PospFile f = new PospFile(this, node, String.format("%03d", seq), createdAt);
            files.add(f);
            return f;
        }

        public String acomaName() {
            return "IND" + date.compact().substring(2) + "32ACOMA";
        }

        Rrn nextRrn() {
            return Rrn.of(date.compact().substring(2) + String.format("%06d", ++rrnSeq));
        }

        public LocalDateTime at(String hhmmss) {
            return date.value().atTime(LocalTime.parse(hhmmss));
        }

        /** A bank row with no terminal counterpart. */
        public BankEntry bankOnly(DemoMerchant m, String terminal, String card, CardKind kind, long amountFen,
                LocalDateTime time) {
            TerminalId t = TerminalId.of(terminal);
            AcomaRow row = new AcomaRow(nextStan(t), time, MaskedCard.of(card), amountFen, "0200", "000000", m.mcc(), t,
                    m.id(), nextRrn(), auth(rrnSeq), null, null, false, false, m.name(),
                    BankCosts.acquirerCostFen(kind, amountFen), BankCosts.bankMerchantFeeFen(kind, amountFen));
            return add(new BankEntry(this, row));
        }

        BankEntry add(BankEntry e) {
            bank.add(e);
            return e;
        }
    }

    /** One terminal batch file {@code POSP_{date}_{node}_{seq}.csv}. */
    public final class PospFile {
        public final Day day;
        public final String node;
        public final String seq;
        public final LocalDateTime createdAt;
        public final List<Batch> batches = new ArrayList<>();

        PospFile(Day day, String node, String seq, LocalDateTime createdAt) {
            this.day = day;
            this.node = node;
            this.seq = seq;
            this.createdAt = createdAt;
        }

        public String name() {
            return "POSP_" + day.date.compact() + "_" + node + "_" + seq + ".csv";
        }

        /** A batch claimed by {@code m} on {@code terminal} (which may be unknown or another merchant's). */
        public Batch batch(DemoMerchant m, String terminal, String batchNo) {
            Batch b = new Batch(this, m, TerminalId.of(terminal), batchNo);
            batches.add(b);
            return b;
        }
    }

    /** B … D lines … S of one terminal. */
    public final class Batch {
        public final PospFile file;
        public final DemoMerchant merchant;
        public final TerminalId terminal;
        public final String batchNo;
        public final List<TermEntry> entries = new ArrayList<>();
        /** S totals written instead of the computed ones (out of balance), or null. */
        public long[] summaryOverride;

        Batch(PospFile file, DemoMerchant merchant, TerminalId terminal, String batchNo) {
            this.file = file;
            this.merchant = merchant;
            this.terminal = terminal;
            this.batchNo = batchNo;
        }

        public TermEntry txn(TxnType type, String card, CardKind kind, long amountFen, String hhmmss) {
            Day d = file.day;
            Rrn rrn = d.nextRrn();
            PospDetail detail = new PospDetail(merchant.id(), terminal, batchNo, nextStan(terminal), rrn,
                    auth(d.rrnSeq), type, MaskedCard.of(card), kind, amountFen, d.at(hhmmss), null, null, null);
            return add(new TermEntry(this, detail));
        }

        public TermEntry voidOf(TermEntry sale, String hhmmss) {
            return orig(TxnType.VOID, sale, sale.detail.amountFen(), hhmmss, auth(file.day.rrnSeq + 1));
        }

        public TermEntry refundOf(TermEntry sale, long amountFen, String hhmmss) {
            return orig(TxnType.REFUND, sale, amountFen, hhmmss, "");
        }

        /** The same record (same RRN, terminal, STAN) sent twice. */
        public TermEntry duplicateOf(TermEntry first) {
            return add(new TermEntry(this, first.detail));
        }

        private TermEntry orig(TxnType type, TermEntry sale, long amountFen, String hhmmss, String authCode) {
            PospDetail s = sale.detail;
            PospDetail detail = new PospDetail(merchant.id(), terminal, batchNo, nextStan(terminal),
                    file.day.nextRrn(), authCode, type, s.cardNo(), s.cardKind(), amountFen, file.day.at(hhmmss),
                    s.stan(), s.rrn(), s.txnTime().toLocalDate());
            TermEntry e = add(new TermEntry(this, detail));
            e.original = sale;
            return e;
        }

        private TermEntry add(TermEntry e) {
            entries.add(e);
            return e;
        }

        public void outOfBalance(long sales, long salesFen, long refunds, long refundsFen) {
            summaryOverride = new long[] {sales, salesFen, refunds, refundsFen};
        }
    }

    /** A D line and its expected outcome in each run it takes part in. */
    public final class TermEntry {
        public final Batch batch;
        public final PospDetail detail;
        public final Map<BusinessDate, String> outcomes = new LinkedHashMap<>();
        public final Map<BusinessDate, String> whys = new LinkedHashMap<>();
        public long lineNo;
        TermEntry original;

        TermEntry(Batch batch, PospDetail detail) {
            this.batch = batch;
            this.detail = detail;
        }

        /** Expected outcome in the run of the entry's own date. */
        public TermEntry expect(String outcome, String why) {
            return expect(batch.file.day.date, outcome, why);
        }

        public TermEntry expect(BusinessDate run, String outcome, String why) {
            outcomes.put(run, outcome);
            whys.put(run, why);
            return this;
        }

        /** The bank row of this transaction, in the ACOMA file of {@code clearingDay}. */
        public BankEntry clear(Day clearingDay) {
            PospDetail d = detail;
            boolean sale = d.txnType() == TxnType.SALE || d.txnType() == TxnType.PREAUTH_COMPLETE;
            PospDetail o = original == null ? null : original.detail;
            AcomaRow row = new AcomaRow(d.stan(), d.txnTime(), d.cardNo(), d.amountFen(),
                    d.txnType() == TxnType.REFUND ? "0220" : "0200", sale ? "000000" : "200000",
                    batch.merchant.mcc(), d.terminalId(), d.merchantId(), d.rrn(), d.authCode(),
                    o == null ? null : o.stan(), o == null ? null : o.txnTime(), false, false, batch.merchant.name(),
                    sale ? BankCosts.acquirerCostFen(d.cardKind(), d.amountFen()) : 0,
                    BankCosts.bankMerchantFeeFen(d.cardKind(), d.amountFen()));
            return clearingDay.add(new BankEntry(clearingDay, row));
        }
    }

    /** A row of an ACOMA file and its expected outcome. */
    public static final class BankEntry {
        public final Day day;
        private AcomaRow row;
        public String outcome;

        public AcomaRow row() {
            return row;
        }

        public String note = "";
        public long lineNo;

        BankEntry(Day day, AcomaRow row) {
            this.day = day;
            this.row = row;
        }

        /** Cancel flag C: a sale voided later. */
        public BankEntry cancelled() {
            row = row.withFlags(row.reversed(), true);
            return this;
        }

        /** Reversal flag R. */
        public BankEntry reversed() {
            row = row.withFlags(true, row.cancelled());
            return this;
        }

        public BankEntry amountFen(long amountFen) {
            row = row.withAmountFen(amountFen);
            return this;
        }

        public BankEntry card(String masked) {
            row = row.withPan(MaskedCard.of(masked));
            return this;
        }

        public BankEntry rrn(String rrn) {
            row = row.withRrn(Rrn.of(rrn));
            return this;
        }

        public BankEntry expect(String expected, String why) {
            outcome = expected;
            note = why;
            return this;
        }
    }

    static String auth(int seq) {
        return String.format("A%05d", seq * 37 % 100_000);
    }
}
