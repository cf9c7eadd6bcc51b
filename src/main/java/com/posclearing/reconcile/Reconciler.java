package com.posclearing.reconcile;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.reconcile.internal.ReconcileRun;
import java.util.List;

/**
 * The reconciliation (对账) of business date D, SPEC 3.1. Pure logic: no database, no files. Rules, in order, each
 * over the records the earlier ones left open:
 * <ol type="a">
 * <li>set aside: a terminal VOID and the SALE of the same merchant, terminal, batch and date it names (STAN =
 *     origStan, RRN = origRrn when given, full amount) are both VOIDED, a VOID finding none is REJECTED; bank rows
 *     flagged R are REVERSED, rows flagged C and void rows are VOIDED;</li>
 * <li>validation: the {@link TerminalValidator} rejects terminal records; a bank record matching one by primary or
 *     fallback key is REJECTED with it;</li>
 * <li>duplicates: per side, a second record of a primary key (RRN + terminal id), in input order (pending items
 *     first), or a key {@link History} holds from earlier dates, is a DUPLICATE;</li>
 * <li>matching one to one on RRN + terminal id, then on terminal id + STAN + transmission time: AMOUNT_MISMATCH,
 *     else DATA_MISMATCH (merchant, card last 4, sale against refund), else MATCHED or MATCHED_LATE;</li>
 * <li>unmatched: a terminal item of date t is PENDING while D − t &lt; W, then MISSING_AT_BANK; a bank record is
 *     MISSING_AT_TERMINAL.</li>
 * </ol>
 *
 * <p><b>Partitioning.</b> Every key the rules use holds the terminal id, so {@code reconcile} may run on a partition
 * of the records (e.g. by terminal id hash) provided the partition holds <em>all</em> records — pending, of D and
 * bank — of each of its terminals; {@link ReconcileResult#merge} joins the parts. A bank record whose terminal id
 * differs from its terminal counterpart's cannot match it in any case.
 *
 * <p>Memory: besides one {@link Decision} per record, hash maps on 128-bit packed keys; time O(n).
 */
public final class Reconciler {
    /** The carry window W of SPEC 3.1 unless configured. */
    public static final int DEFAULT_CARRY_WINDOW_DAYS = 2;

    private final int carryWindowDays;
    private final TerminalValidator validator;
    private final History history;

    /**
     * @param carryWindowDays W: how many runs an unmatched terminal item stays PENDING, 0 = MISSING_AT_BANK at once
     */
    public Reconciler(int carryWindowDays, TerminalValidator validator, History history) {
        if (carryWindowDays < 0) {
            throw new IllegalArgumentException("carryWindowDays must be 0 or more, got " + carryWindowDays);
        }
        if (validator == null || history == null) {
            throw new IllegalArgumentException("validator and history are required");
        }
        this.carryWindowDays = carryWindowDays;
        this.validator = validator;
        this.history = history;
    }

    public static Reconciler withDefaultWindow(TerminalValidator validator, History history) {
        return new Reconciler(DEFAULT_CARRY_WINDOW_DAYS, validator, history);
    }

    public int carryWindowDays() {
        return carryWindowDays;
    }

    /**
     * Decides every record exactly once.
     *
     * @param terminalOfD        the D lines of all terminal files of D, in file and line order
     * @param pendingFromEarlier terminal items left PENDING by earlier runs (business date before D), oldest first
     * @param bankOfD            the rows of the clearing file of D, in line order
     * @throws IllegalArgumentException when a record belongs to another date
     * @throws IllegalStateException    when the closure invariant breaks (a bug, never bad input)
     */
    public ReconcileResult reconcile(BusinessDate d, List<TerminalTxn> terminalOfD,
            List<TerminalTxn> pendingFromEarlier, List<BankTxn> bankOfD) {
        if (d == null || terminalOfD == null || pendingFromEarlier == null || bankOfD == null) {
            throw new IllegalArgumentException("date and all three record lists are required");
        }
        for (TerminalTxn t : terminalOfD) {
            if (!t.businessDate().equals(d)) {
                throw new IllegalArgumentException(where(t) + ": business date " + t.businessDate()
                        + " handed in as a record of " + d);
            }
        }
        for (TerminalTxn t : pendingFromEarlier) {
            if (t.businessDate().compareTo(d) >= 0) {
                throw new IllegalArgumentException(where(t) + ": pending item of " + t.businessDate()
                        + " is not earlier than " + d);
            }
        }
        for (BankTxn b : bankOfD) {
            if (!b.clearingDate().equals(d)) {
                throw new IllegalArgumentException(b.fileName() + " line " + b.lineNo() + " (record " + b.id()
                        + "): clearing date " + b.clearingDate() + " handed in as a record of " + d);
            }
        }
        return new ReconcileRun(d, carryWindowDays, validator, history, terminalOfD, pendingFromEarlier, bankOfD).run();
    }

    private static String where(TerminalTxn t) {
        return t.fileName() + " line " + t.lineNo() + " (record " + t.id() + ")";
    }
}
