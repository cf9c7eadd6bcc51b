package com.posclearing.transfer;

import java.time.Duration;

/**
 * Waiting between attempts: {@code initial}, then times {@code multiplier} each time, at most {@code max}.
 * {@code attempts} bounds how many times an action is tried in all (for polling it is unused: the deadline bounds it).
 */
public record Backoff(int attempts, Duration initial, Duration max, int multiplier) {

    public Backoff {
        SftpEndpoint.require(attempts >= 1 && attempts <= 100, "attempts", "expected 1..100, got " + attempts);
        SftpEndpoint.require(initial != null && !initial.isNegative(), "backoff", "must be zero or positive");
        SftpEndpoint.require(max != null && max.compareTo(initial) >= 0, "maxBackoff", "must be >= backoff");
        SftpEndpoint.require(multiplier >= 1 && multiplier <= 10, "multiplier", "expected 1..10, got " + multiplier);
    }

    /** The wait after the {@code n}-th failure (1-based). */
    public Duration delay(int n) {
        Duration d = initial;
        for (int i = 1; i < n && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(multiplier);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
