package com.posclearing.generator.internal;

import com.posclearing.generator.BulkGenerator.Options;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The day of every terminal of the bulk mode: its share of the records, the second of each of its lines, and the cases
 * drawn from a random stream of its own. Because a terminal's cases depend on nothing but its stream, the terminal
 * file (batches in closing order) and the bank file (rows in time order) can each be written by replaying the streams
 * in their own order, with memory for the terminals' states only — never for the records.
 *
 * <p>Line k of terminal t happens at second {@code (k + f) × SPAN / quota(t)} of the day, f a fraction hashed from
 * (seed, date, t, k): a terminal's lines keep their order, and the terminals interleave as real traffic does.
 */
final class TerminalDays {
    /** The clearing day ends at 23:00: keep every transaction inside it. */
    static final long SPAN_SECONDS = 23 * 3600 - 1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int FRACTION_BITS = 20;

    private final Options o;
    private final int terminals;
    private final long quotaBase;
    private final long quotaRemainder;
    private final long salt;
    private final long[] state;
    private final long[] done;
    private final LocalDateTime dayStart;
    private final String rrnPrefix;
    private final String prevRrnPrefix;

    /** One transaction as both sides see it: one or two D lines, zero to three bank rows (in time order). */
    record Case(List<Line> lines, List<BankRow> rows) {
    }

    /** A D line and the outcome a correct reconciliation gives it. */
    record Line(PospDetail detail, String outcome) {
    }

    /** A bank row, its second of the day (the bank file's sort key) and its outcome. */
    record BankRow(long second, AcomaRow row, String outcome) {
    }

    TerminalDays(Options o) {
        this.o = o;
        this.terminals = o.merchants() * 2;
        this.quotaBase = o.records() / terminals;
        this.quotaRemainder = o.records() % terminals;
        this.salt = mix(o.seed() ^ mix(o.date().value().toEpochDay() * GOLDEN));
        this.state = new long[terminals];
        this.done = new long[terminals];
        this.dayStart = o.date().value().atStartOfDay();
        this.rrnPrefix = String.format("%03d", o.date().value().getDayOfYear());
        this.prevRrnPrefix = String.format("%03d", o.date().value().minusDays(1).getDayOfYear());
        restart();
    }

    /** Every terminal back to its first line, its stream to its start: the next pass draws the same cases. */
    void restart() {
        for (int t = 0; t < terminals; t++) {
            state[t] = mix(salt + t * GOLDEN);
            done[t] = 0;
        }
    }

    int terminals() {
        return terminals;
    }

    /** Lines of terminal t: the records spread evenly, the remainder on the first terminals. */
    long quota(int t) {
        return quotaBase + (t < quotaRemainder ? 1 : 0);
    }

    long done(int t) {
        return done[t];
    }

    /** The second of the day of line k of terminal t; non-decreasing in k, below {@link #SPAN_SECONDS}. */
    long second(int t, long k) {
        long fraction = mix(salt ^ ((long) t << 32 | k)) >>> (64 - FRACTION_BITS);
        return (k * SPAN_SECONDS + (fraction * SPAN_SECONDS >>> FRACTION_BITS)) / quota(t);
    }

    LocalDateTime time(long second) {
        return dayStart.plusSeconds(second);
    }

    /** The last line of the batch that line k belongs to (exclusive end). */
    long batchEnd(int t, long k) {
        return Math.min(quota(t), (k / o.batchSize() + 1) * o.batchSize());
    }

    String batchNo(long k) {
        return BulkRun.pad(k / o.batchSize() % 999_999 + 1, 6);
    }

    /** Draws terminal t's next case; its lines stay inside the current batch. */
    Case next(int t) {
        long first = done[t];
        long roomInBatch = batchEnd(t, first) - first;
        int merchant = t / 2;
        MerchantId m = BulkMerchants.merchantId(merchant);
        TerminalId terminal = BulkMerchants.terminalId(t);
        String batchNo = batchNo(first);
        String name = BulkMerchants.name(merchant);
        String mcc = BulkMerchants.mcc(merchant);
        int draw = nextInt(t, 10_000);
        CardKind kind = kind(nextInt(t, 100));
        String card = card(kind, nextInt(t, 10_000));
        long amount = amount(t);
        Case c = new Case(new ArrayList<>(2), new ArrayList<>(3));
        PospDetail d = detail(t, m, terminal, batchNo, TxnType.SALE, card, kind, amount, null);
        if (draw < 9_700) {
            both(c, d, bank(d, name, mcc), "MATCHED");
        } else if (draw < 9_780) {
            c.lines.add(new Line(d, "PENDING"));
        } else if (draw < 9_830) {
            both(c, d, bank(d, name, mcc).withAmountFen(amount + 1 + nextInt(t, 1000)), "AMOUNT_MISMATCH");
        } else if (draw < 9_860) {
            String last4 = String.format("%04d", (Integer.parseInt(card.substring(card.length() - 4)) + 1) % 10_000);
            both(c, d, bank(d, name, mcc).withPan(MaskedCard.of(card.substring(0, card.length() - 4) + last4)),
                    "DATA_MISMATCH");
        } else if (draw < 9_940 && roomInBatch >= 2) {
            both(c, d, bank(d, name, mcc).withFlags(false, true), "VOIDED");
            PospDetail v = detail(t, m, terminal, batchNo, TxnType.VOID, card, kind, amount, d);
            both(c, v, bank(v, name, mcc), "VOIDED");
        } else {
            // a partial refund of a sale of the previous day, whose RRN has the same digits under yesterday's prefix
            PospDetail refund = new PospDetail(m, terminal, batchNo, d.stan(), d.rrn(), "", TxnType.REFUND,
                    d.cardNo(), kind, Math.max(1, amount / 2), d.txnTime(), d.stan(),
                    Rrn.of(prevRrnPrefix + d.rrn().value().substring(3)), o.date().value().minusDays(1));
            both(c, refund, bank(refund, name, mcc), "MATCHED");
        }
        int extra = nextInt(t, 1_000);
        if (extra < 5) {
            // bank only: an RRN no terminal line has ('G', the date, the line's index in base 36) and a STAN half a
            // cycle away from the terminal's own
            long index = offset(t) + done[t];
            PospDetail ghost = new PospDetail(m, terminal, batchNo, Stan.of(BulkRun.pad((done[t] + 500_000) % 999_999 + 1, 6)),
                    Rrn.of("G" + rrnPrefix + base36(index, 8)), "G" + BulkRun.pad(index % 100_000, 5), TxnType.SALE,
                    MaskedCard.of(card), kind, amount(t), d.txnTime(), null, null, null);
            c.rows.add(new BankRow(second(t, first), bank(ghost, name, mcc).withFlags(extra >= 3, false),
                    extra < 3 ? "MISSING_AT_TERMINAL" : "REVERSED"));
        }
        // a ghost row shares its case's first second, a void row comes a line later
        c.rows.sort(Comparator.comparingLong(BankRow::second));
        return c;
    }

    private void both(Case c, PospDetail d, AcomaRow row, String outcome) {
        c.lines.add(new Line(d, outcome));
        c.rows.add(new BankRow(Duration.between(dayStart, d.txnTime()).toSeconds(), row, outcome));
    }

    /** A fresh D line: takes the terminal's next line, which gives its RRN (unique in the day), STAN and time. */
    private PospDetail detail(int t, MerchantId m, TerminalId terminal, String batchNo, TxnType type, String card,
            CardKind kind, long amount, PospDetail original) {
        long k = done[t]++;
        long index = offset(t) + k;
        Rrn rrn = Rrn.of(rrnPrefix + BulkRun.pad(index, 9));
        Stan stan = Stan.of(BulkRun.pad(k % 999_999 + 1, 6));
        return new PospDetail(m, terminal, batchNo, stan, rrn, type == TxnType.REFUND ? "" : "B" + BulkRun.pad(index % 100_000, 5),
                type, MaskedCard.of(card), kind, amount, time(second(t, k)), original == null ? null : original.stan(),
                original == null ? null : original.rrn(), original == null ? null : original.txnTime().toLocalDate());
    }

    /** Index of terminal t's first line among all lines of the day (the terminals' shares laid end to end). */
    private long offset(int t) {
        return t * quotaBase + Math.min(t, quotaRemainder);
    }

    private AcomaRow bank(PospDetail d, String name, String mcc) {
        boolean sale = d.txnType() == TxnType.SALE;
        return new AcomaRow(d.stan(), d.txnTime(), d.cardNo(), d.amountFen(),
                d.txnType() == TxnType.REFUND ? "0220" : "0200", sale ? "000000" : "200000", mcc, d.terminalId(),
                d.merchantId(), d.rrn(), d.authCode(), d.origStan(),
                d.origTxnDate() == null ? null : d.origTxnDate().atTime(12, 0), false, false, name,
                sale ? BankCosts.acquirerCostFen(d.cardKind(), d.amountFen()) : 0,
                BankCosts.bankMerchantFeeFen(d.cardKind(), d.amountFen()));
    }

    private long amount(int t) {
        int bucket = nextInt(t, 100);
        if (bucket < 70) {
            return 100 + nextLong(t, 19_900);
        }
        return bucket < 95 ? 20_000 + nextLong(t, 180_000) : 200_000 + nextLong(t, 1_800_000);
    }

    private int nextInt(int t, int bound) {
        return (int) nextLong(t, bound);
    }

    /** Terminal t's stream (SplitMix64), in [0, bound); the modulo's bias is below 1e-12 for these bounds. */
    private long nextLong(int t, long bound) {
        state[t] += GOLDEN;
        return (mix(state[t]) >>> 1) % bound;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static CardKind kind(int p) {
        return p < 60 ? CardKind.DEBIT : p < 95 ? CardKind.CREDIT : CardKind.FOREIGN;
    }

    private static String card(CardKind kind, int last4) {
        String bin = switch (kind) {
            case DEBIT -> "622588";
            case CREDIT -> "625807";
            case FOREIGN -> "400012";
        };
        return bin + "******" + BulkRun.pad(last4, 4);
    }

    static String base36(long value, int width) {
        String s = Long.toString(value, 36).toUpperCase(java.util.Locale.ROOT);
        if (s.length() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " base-36 digits");
        }
        return "0".repeat(width - s.length()) + s;
    }
}
