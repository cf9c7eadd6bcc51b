package com.posclearing.resolution;

import com.posclearing.kernel.SqlList;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The life of a break (SPEC 3.4): {@code OPEN → PROPOSED → APPROVED → APPLIED}, or back to {@code OPEN} when the checker
 * refuses. {@code RESOLVED_BY_RERUN} closes a break that a rerun of its date no longer finds. The transitions are
 * listed here once; everything that changes a state asks {@link #canBecome}.
 */
public enum BreakState {
    OPEN, PROPOSED, APPROVED, APPLIED, RESOLVED_BY_RERUN;

    /**
     * True while an operator or the next settlement still has something to do with it; a rerun that no longer finds a
     * live break closes it (nothing has moved money yet).
     */
    public boolean isLive() {
        return this == OPEN || this == PROPOSED || this == APPROVED;
    }

    /** The states {@code which} holds as an SQL list, {@code ('OPEN', 'PROPOSED')}: SQL asks the predicate above, not a copy. */
    public static String sqlList(Predicate<BreakState> which) {
        return SqlList.of(values(), which);
    }

    public boolean canBecome(BreakState next) {
        return next(this).contains(next);
    }

    private static Set<BreakState> next(BreakState s) {
        return switch (s) {
            // a write-off at or below the approval limit is decided by its maker alone: OPEN → APPROVED
            case OPEN -> Set.of(PROPOSED, APPROVED, RESOLVED_BY_RERUN);
            case PROPOSED -> Set.of(APPROVED, OPEN, RESOLVED_BY_RERUN);
            case APPROVED -> Set.of(APPLIED, RESOLVED_BY_RERUN);
            case APPLIED, RESOLVED_BY_RERUN -> Set.of();
        };
    }
}
