package com.posclearing.support;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An exact set of (terminal id, RRN) keys for millions of records without an object per key: a key whose RRN is 12
 * digits (the norm) is one long — the terminal's number in this set's own dictionary above 40 bits of RRN — in an
 * open-addressing table; any other key (an alphanumeric RRN) is kept as a string. Not thread-safe.
 */
public final class KeySet {
    private static final int RRN_BITS = 40; // 10^12 < 2^40
    private static final int MAX_TERMINALS = (1 << (Long.SIZE - RRN_BITS - 1)) - 1; // positive longs, 0 marks a free slot
    private final Map<String, Integer> terminals = new HashMap<>();
    private final Set<String> unpacked = new HashSet<>();
    private long[] slots = new long[1024];
    private int size;

    public void add(String terminalId, String rrn) {
        if (terminalId == null || rrn == null) {
            return; // a key with no value equals nothing, as in SQL
        }
        long digits = digits(rrn);
        Integer terminal = terminals.get(terminalId);
        if (terminal == null && digits >= 0 && terminals.size() < MAX_TERMINALS) {
            terminal = terminals.size() + 1;
            terminals.put(terminalId, terminal);
        }
        if (terminal == null || digits < 0) {
            unpacked.add(terminalId + rrn);
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, pack(terminal, digits))) {
            size++;
        }
    }

    public boolean contains(String terminalId, String rrn) {
        if (terminalId == null || rrn == null) {
            return false;
        }
        long digits = digits(rrn);
        Integer terminal = terminals.get(terminalId);
        if (terminal == null || digits < 0) {
            return unpacked.contains(terminalId + rrn);
        }
        long key = pack(terminal, digits);
        int mask = slots.length - 1;
        for (int i = slot(key, mask); slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** Keys held. */
    public int size() {
        return size + unpacked.size();
    }

    private static long pack(int terminal, long digits) {
        return ((long) terminal << RRN_BITS) | digits;
    }

    /** The RRN as a number when it is exactly 12 ASCII digits, else -1. */
    private static long digits(String rrn) {
        if (rrn.length() != 12) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 12; i++) {
            char c = rrn.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = slot(key, mask);
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long key : slots) {
            if (key != 0) {
                insert(bigger, key);
            }
        }
        slots = bigger;
    }
}
