package com.posclearing.reconcile;

/** Which key paired a terminal record with a bank record. */
public enum MatchedBy {
    /** Not paired with a record of the other side. */
    NONE,
    /** RRN + terminal id. */
    PRIMARY,
    /** Terminal id + STAN + transmission time (terminal txnTime == bank DE7), used when the RRNs disagree. */
    FALLBACK
}
