package com.posclearing.schedule.internal;

/** What one firing of a scheduled job did; also set as the Quartz execution result for listeners. */
public enum FireResult {
    /** This node ran D and the run completed. */
    RAN,
    /** This node ran D and the run failed: an operator restarts it. */
    RUN_FAILED,
    /** D already has a completed run (this firing came late, or another node was first). */
    ALREADY_DONE,
    /** Another node or an operator is running D right now. */
    BUSY,
    /** D has a failed or abandoned run: the schedule never retries it by itself. */
    NEEDS_OPERATOR
}
