package com.posclearing.reconcile;

import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.TerminalId;

/**
 * What earlier business dates already hold, so that a record re-sent on a later date is a {@code DUPLICATE}.
 * Implementations answer for dates strictly before the run's date: a rerun of D must not see D's own records.
 */
public interface History {

    /** No earlier dates; for tests and the first run. */
    History NONE = new History() {
        @Override
        public boolean terminalKeySettledBefore(TerminalId terminalId, Rrn rrn) {
            return false;
        }

        @Override
        public boolean bankKeySeenBefore(TerminalId terminalId, Rrn rrn) {
            return false;
        }
    };

    /**
     * True when a terminal record with this key was loaded on an earlier date and is no longer pending (settled,
     * or closed as any other outcome). Pending items handed to the run are not asked about.
     */
    boolean terminalKeySettledBefore(TerminalId terminalId, Rrn rrn);

    /** True when a bank record with this key was loaded from an earlier clearing file. */
    boolean bankKeySeenBefore(TerminalId terminalId, Rrn rrn);
}
