package com.posclearing.settlement.internal;

import com.posclearing.kernel.TerminalId;

/**
 * The partition of a record: a hash of its terminal id. Every matching key includes the terminal id, so a bucket
 * holds all that its records can match (see {@code Reconciler}). Stored with each record: changing the count needs a
 * reload of the data.
 */
final class Buckets {
    static final int COUNT = 16;

    private Buckets() {
    }

    static int of(TerminalId terminal) {
        return Math.floorMod(terminal.value().hashCode(), COUNT);
    }
}
