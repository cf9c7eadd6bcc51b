package com.posclearing.kernel;

import java.util.function.Predicate;

/** The one outcome every input record of a reconciliation run ends in (SPEC 3.1). */
public enum Outcome {
    /** Both sides agree; settled on D. */
    MATCHED,
    /** A terminal item of an earlier date cleared on D; settled on D. */
    MATCHED_LATE,
    /** Matched by key, amounts differ; held as a break. */
    AMOUNT_MISMATCH,
    /** Matched by key, merchant, card or direction differs; held as a break. */
    DATA_MISMATCH,
    /** Terminal only, still inside the carry window. */
    PENDING,
    /** Terminal only, carry window over (银行漏单). */
    MISSING_AT_BANK,
    /** Bank only (平台漏单). */
    MISSING_AT_TERMINAL,
    /** A second record with a key already seen on the same side. */
    DUPLICATE,
    /** A sale and its void, set aside: moved no money. */
    VOIDED,
    /** A reversed bank row, set aside: moved no money. */
    REVERSED,
    /** Failed validation (unknown or foreign terminal, closed merchant, void without sale...). */
    REJECTED,
    /**
     * A MISSING_AT_BANK paired by operators with a MISSING_AT_TERMINAL of the same amount (SPEC 3.4): never decided by
     * reconciliation, it is settled by the resolution's adjustment.
     */
    MATCHED_MANUAL;

    /** True for the outcomes an operator has to look at and resolve. */
    public boolean isBreak() {
        return switch (this) {
            case AMOUNT_MISMATCH, DATA_MISMATCH, MISSING_AT_BANK, MISSING_AT_TERMINAL, DUPLICATE, REJECTED -> true;
            default -> false;
        };
    }

    /** True for the outcomes whose money is settled on D. */
    public boolean isSettled() {
        return this == MATCHED || this == MATCHED_LATE;
    }

    /**
     * The outcomes {@code which} holds for as an SQL list, e.g. {@code ('MATCHED', 'MATCHED_LATE')} for {@link
     * #isSettled}: queries ask the same predicate as the code instead of restating it.
     */
    public static String sqlList(Predicate<Outcome> which) {
        return SqlList.of(values(), which);
    }
}
