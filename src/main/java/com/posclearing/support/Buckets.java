package com.posclearing.support;

import com.posclearing.kernel.TerminalId;

/**
 * The partition of a record: a hash of its terminal id. Every matching key includes the terminal id, so a bucket
 * holds all that its records can match (see {@code Reconciler}). Stored with each record: changing the count needs a
 * reload of the data.
 */
public final class Buckets {
    /**
     * A bucket's records of both sides are in memory while it is reconciled, one bucket per core: 64 keeps that near
     * 400 MB per worker at 10 M records a side (and a restart repeats at most 1/64 of the work).
     */
    public static final int COUNT = 64;

    private Buckets() {
    }

    /**
     * String.hashCode of numbered terminal ids differs only in its low bits from one id to the next, so its low bits
     * alone gave buckets of 119 k and 574 k records at 10 M; the murmur3 finaliser spreads every bit of it.
     */
    public static int of(TerminalId terminal) {
        int h = terminal.value().hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, COUNT);
    }
}
