package com.posclearing.kernel;

/** How a run of a business date stands in settlement_run. */
public enum RunStatus {
    /** Running, or stopped by a killed process (a restart recovers it). */
    STARTED,
    /** Ended with every step done: its figures are what later dates settle on. */
    COMPLETED,
    /** Ended by a failure; restarted where it stopped once its cause is fixed. */
    FAILED;

    /** True when the run's figures stand: later dates take their opening balances and pending items from it. */
    public boolean settled() {
        return this == COMPLETED;
    }
}
