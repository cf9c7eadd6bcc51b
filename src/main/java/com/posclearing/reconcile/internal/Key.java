package com.posclearing.reconcile.internal;

import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A matching key packed into 128 bits, so that a hash map over millions of records holds two longs per key instead
 * of strings. Each alphanumeric character takes 6 bits; the packing is injective for the value types' formats.
 */
public record Key(long hi, long lo) {
    private static final long MAX_EPOCH_SECOND = (1L << 40) - 1;

    /** RRN + terminal id: 8 + 12 characters = 120 bits. */
    public static Key primary(TerminalId terminalId, Rrn rrn) {
        String t = terminalId.value();
        String r = rrn.value();
        // hi: the terminal's 8 characters and the RRN's first 2; lo: the RRN's last 10
        long hi = pack(t, 0, 8) << 12 | pack(r, 0, 2);
        long lo = pack(r, 2, 12);
        return new Key(hi, lo);
    }

    /** Terminal id + STAN + transmission time to the second: 48 + 20 + 40 bits. */
    public static Key fallback(TerminalId terminalId, Stan stan, LocalDateTime time) {
        long epochSecond = time.toEpochSecond(ZoneOffset.UTC);
        if (epochSecond < 0 || epochSecond > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException("transmission time out of range: " + time);
        }
        return new Key(pack(terminalId.value(), 0, 8), Long.parseLong(stan.value()) << 40 | epochSecond);
    }

    /** Terminal id + STAN: the bank's void row names its sale by terminal and original STAN. */
    public static Key terminalStan(TerminalId terminalId, Stan stan) {
        return new Key(pack(terminalId.value(), 0, 8), Long.parseLong(stan.value()));
    }

    private static long pack(String s, int from, int to) {
        long bits = 0;
        for (int i = from; i < to; i++) {
            bits = bits << 6 | code(s.charAt(i));
        }
        return bits;
    }

    private static int code(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 36;
        }
        throw new IllegalArgumentException("not alphanumeric: '" + c + "'");
    }
}
