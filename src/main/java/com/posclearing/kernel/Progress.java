package com.posclearing.kernel;

import java.io.Console;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts work as a step goes and reports count and rate at a steady interval: a log line for the engineer on
 * call, and a progress line on the terminal when a person is watching.
 */
public final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static volatile long intervalMillis = 5_000;

    private final String what;
    private final String unit;
    private final long startNanos = System.nanoTime();
    private final Console console = System.console();
    private long count;
    private long lastReportNanos = startNanos;

    private Progress(String what, String unit) {
        this.what = what;
        this.unit = unit;
    }

    public static Progress start(String what, String unit) {
        return new Progress(what, unit);
    }

    public static void setIntervalMillis(long millis) {
        if (millis < 100) {
            throw new IllegalArgumentException("progress interval must be at least 100 ms, got " + millis);
        }
        intervalMillis = millis;
    }

    public void add(long n) {
        count += n;
        long now = System.nanoTime();
        if (now - lastReportNanos >= TimeUnit.MILLISECONDS.toNanos(intervalMillis)) {
            lastReportNanos = now;
            String line = line(now);
            LOG.info("{} ...", line);
            if (console != null) {
                console.printf("\r%s   ", line).flush();
            }
        }
    }

    public long count() {
        return count;
    }

    /** Logs the final count, rate and duration, and returns the duration in milliseconds. */
    public long done() {
        long now = System.nanoTime();
        if (console != null && now - startNanos >= TimeUnit.MILLISECONDS.toNanos(intervalMillis)) {
            console.printf("\r%s%n", " ".repeat(60)).flush();
        }
        LOG.info("{} done in {} ms", line(now), TimeUnit.NANOSECONDS.toMillis(now - startNanos));
        return TimeUnit.NANOSECONDS.toMillis(now - startNanos);
    }

    private String line(long now) {
        long micros = Math.max(1, TimeUnit.NANOSECONDS.toMicros(now - startNanos));
        long perSecond = count * 1_000_000 / micros;
        return what + ": " + count + " " + unit + " (" + perSecond + " " + unit + "/s)";
    }
}
