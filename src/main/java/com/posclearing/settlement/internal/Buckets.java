package com.posclearing.settlement.internal;

import com.posclearing.kernel.TerminalId;

/**
 * The partition of a record: a hash of its terminal id. Every matching key includes the terminal id, so a bucket
 * holds all that its records can match (see {@code Reconciler}). Stored with each record: changing the count needs a
 * reload of the data.
 */
final class Buckets {
    /**
     * A bucket's records of both sides are in memory while it is reconciled, one bucket per core: 64 keeps that near
     * 400 MB per worker at 10 M records a side (and a restart repeats at most 1/64 of the work).
     */
    static final int COUNT = 64;

    private Buckets() {
    }

    static int of(TerminalId terminal) {
        return Math.floorMod(terminal.value().hashCode(), COUNT);
    }
}
