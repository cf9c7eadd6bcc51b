package com.posclearing.kernel;

import java.io.Console;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the work of one step and reports it at a steady interval: one log line with done/total, rate and ETA for
 * the engineer on call, and a progress line on the terminal when a person is watching. Thread-safe: the workers
 * of a partitioned step share one.
 */
public final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static volatile long intervalMillis = 5_000;

    private final String what;
    private final String unit;
    /** 0 when the total is not known in advance: no ETA then. */
    private final long total;
    private final long startNanos = System.nanoTime();
    private final Console console = System.console();
    private long count;
    private long lastReportNanos = startNanos;

    private Progress(String what, String unit, long total) {
        this.what = what;
        this.unit = unit;
        this.total = total;
    }

    public static Progress start(String what, String unit) {
        return new Progress(what, unit, 0);
    }

    /** A step whose total is known: its lines say done/total and the time left at the rate so far. */
    public static Progress start(String what, String unit, long total) {
        return new Progress(what, unit, total);
    }

    public static void setIntervalMillis(long millis) {
        if (millis < 100) {
            throw new IllegalArgumentException("progress interval must be at least 100 ms, got " + millis);
        }
        intervalMillis = millis;
    }

    public synchronized void add(long n) {
        count += n;
        long now = System.nanoTime();
        if (now - lastReportNanos >= TimeUnit.MILLISECONDS.toNanos(intervalMillis)) {
            lastReportNanos = now;
            String line = line(now);
            LOG.info("{}", line);
            if (console != null) {
                console.printf("\r%s   ", line).flush();
            }
        }
    }

    public synchronized long count() {
        return count;
    }

    /** Logs the final count, rate and duration, and returns the duration in milliseconds. */
    public synchronized long done() {
        long now = System.nanoTime();
        if (console != null && now - startNanos >= TimeUnit.MILLISECONDS.toNanos(intervalMillis)) {
            console.printf("\r%s%n", " ".repeat(80)).flush();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(now - startNanos);
        LOG.info("{}: {} {} done in {} ms ({} {}/s)", what, count, unit, millis, perSecond(now), unit);
        return millis;
    }

    private long perSecond(long now) {
        long micros = Math.max(1, TimeUnit.NANOSECONDS.toMicros(now - startNanos));
        return count * 1_000_000 / micros;
    }

    private String line(long now) {
        long rate = perSecond(now);
        if (total <= 0) {
            return what + ": " + count + " " + unit + " (" + rate + " " + unit + "/s)";
        }
        String eta = rate == 0 ? "unknown" : Math.max(0, total - count) / rate + " s";
        return what + ": " + count + "/" + total + " " + unit + " (" + rate + " " + unit + "/s, ETA " + eta + ")";
    }
}
