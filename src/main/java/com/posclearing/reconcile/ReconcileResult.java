package com.posclearing.reconcile;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of one reconciliation run (or of one terminal partition of it) with per-side totals. The
 * constructor checks the closure invariant of SPEC 3.1 — per side, input count = sum of outcome counts and input
 * amount = sum of outcome amounts — and throws {@link IllegalStateException} naming the broken one.
 */
public final class ReconcileResult {
    private final BusinessDate businessDate;
    private final List<Decision> decisions;
    private final Map<Side, Tally> inputs = new EnumMap<>(Side.class);
    private final Map<Side, Map<Outcome, Tally>> outcomes = new EnumMap<>(Side.class);

    /**
     * @param decisions terminal decisions in input order, then bank decisions in input order
     */
    public ReconcileResult(BusinessDate businessDate, Tally terminalInput, Tally bankInput, List<Decision> decisions) {
        if (businessDate == null || terminalInput == null || bankInput == null || decisions == null) {
            throw new IllegalArgumentException("businessDate, inputs and decisions are required");
        }
        this.businessDate = businessDate;
        this.decisions = Collections.unmodifiableList(new ArrayList<>(decisions));
        inputs.put(Side.TERMINAL, terminalInput);
        inputs.put(Side.BANK, bankInput);
        for (Side side : Side.values()) {
            outcomes.put(side, new EnumMap<>(Outcome.class));
        }
        for (Decision d : this.decisions) {
            outcomes.get(d.side()).merge(d.outcome(), Tally.ZERO.plus(d.amountFen()), Tally::plus);
        }
        for (Side side : Side.values()) {
            checkClosure(side);
        }
    }

    /** Joins the results of terminal partitions of one date (each holding all records of its terminals). */
    public static ReconcileResult merge(BusinessDate businessDate, List<ReconcileResult> parts) {
        Tally terminal = Tally.ZERO;
        Tally bank = Tally.ZERO;
        List<Decision> all = new ArrayList<>();
        for (ReconcileResult part : parts) {
            if (!part.businessDate.equals(businessDate)) {
                throw new IllegalArgumentException("cannot merge a result of " + part.businessDate + " into "
                        + businessDate);
            }
            terminal = terminal.plus(part.input(Side.TERMINAL));
            bank = bank.plus(part.input(Side.BANK));
            all.addAll(part.decisions(Side.TERMINAL));
        }
        for (ReconcileResult part : parts) {
            all.addAll(part.decisions(Side.BANK));
        }
        return new ReconcileResult(businessDate, terminal, bank, all);
    }

    public BusinessDate businessDate() {
        return businessDate;
    }

    /** Every decision: the terminal side in input order (pending items first), then the bank side in input order. */
    public List<Decision> decisions() {
        return decisions;
    }

    public List<Decision> decisions(Side side) {
        return decisions.stream().filter(d -> d.side() == side).toList();
    }

    /** The decisions an operator has to resolve, both sides. */
    public List<Decision> breaks() {
        return decisions.stream().filter(Decision::isBreak).toList();
    }

    /** Count and amount of the records handed in on a side. */
    public Tally input(Side side) {
        return inputs.get(side);
    }

    /** Count and amount of the records of a side that ended in an outcome; {@link Tally#ZERO} when none. */
    public Tally tally(Side side, Outcome outcome) {
        return outcomes.get(side).getOrDefault(outcome, Tally.ZERO);
    }

    /** The outcomes of a side that occurred, in {@link Outcome} order. */
    public Map<Outcome, Tally> outcomes(Side side) {
        return Collections.unmodifiableMap(outcomes.get(side));
    }

    private void checkClosure(Side side) {
        Tally sum = outcomes.get(side).values().stream().reduce(Tally.ZERO, Tally::plus);
        Tally in = inputs.get(side);
        String where = "reconciliation of " + businessDate + ", " + side.name().toLowerCase() + " side: ";
        if (sum.count() != in.count()) {
            throw new IllegalStateException(where + "count closure broken: " + in.count() + " input records but "
                    + sum.count() + " outcomes");
        }
        if (sum.amountFen() != in.amountFen()) {
            throw new IllegalStateException(where + "amount closure broken: input " + in.amountFen()
                    + " fen but outcomes " + sum.amountFen() + " fen");
        }
    }
}
