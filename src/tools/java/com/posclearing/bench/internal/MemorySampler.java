package com.posclearing.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Samples the process's resident set ({@code /proc/self/status} VmRSS, VmHWM) and the heap in use every
 * {@value #INTERVAL_MILLIS} ms on a daemon thread, so peaks can be attributed to the job's steps afterwards by
 * their start and end times. Where {@code /proc} is missing (not Linux) RSS reads as -1.
 */
public final class MemorySampler implements AutoCloseable {
    static final long INTERVAL_MILLIS = 50;
    private static final Path STATUS = Path.of("/proc/self/status");
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private long[] times = new long[4096];
    private long[] rss = new long[4096];
    private long[] heap = new long[4096];
    private long[] hwm = new long[4096];
    private int size;

    public MemorySampler() {
        thread = new Thread(this::loop, "bench-memory-sampler");
        thread.setDaemon(true);
        sample();
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void sample() {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            rss = Arrays.copyOf(rss, size * 2);
            heap = Arrays.copyOf(heap, size * 2);
            hwm = Arrays.copyOf(hwm, size * 2);
        }
        times[size] = System.currentTimeMillis();
        long[] kb = statusKb("VmRSS:", "VmHWM:");
        rss[size] = kb[0];
        hwm[size] = kb[1];
        heap[size] = memory.getHeapMemoryUsage().getUsed();
        size++;
    }

    /** Peak RSS and heap in use (bytes) sampled between two wall-clock instants (epoch ms), inclusive. */
    public synchronized Peak peak(long fromMillis, long toMillis) {
        long maxRss = -1;
        long maxHeap = 0;
        for (int i = 0; i < size; i++) {
            // the sample just before the interval still describes its start
            boolean inside = times[i] >= fromMillis - INTERVAL_MILLIS && times[i] <= toMillis + INTERVAL_MILLIS;
            if (inside) {
                maxRss = Math.max(maxRss, rss[i]);
                maxHeap = Math.max(maxHeap, heap[i]);
            }
        }
        return new Peak(maxRss < 0 ? -1 : maxRss * 1024, maxHeap);
    }

    /** The machine's load average over 1, 5 and 15 minutes ({@code /proc/loadavg}), or "?" where unknown. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** VmHWM (bytes) of the first sample at or after an instant: the process's peak up to then; -1 if unknown. */
    public synchronized long highWaterMarkAt(long millis) {
        for (int i = 0; i < size; i++) {
            if (times[i] >= millis) {
                return hwm[i] < 0 ? -1 : hwm[i] * 1024;
            }
        }
        return highWaterMarkBytes();
    }

    /** The process's resident-set high-water mark now (VmHWM), bytes, or -1. */
    public static long highWaterMarkBytes() {
        long kb = statusKb("VmHWM:")[0];
        return kb < 0 ? -1 : kb * 1024;
    }

    private static long[] statusKb(String... keys) {
        long[] out = new long[keys.length];
        Arrays.fill(out, -1);
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                for (int k = 0; k < keys.length; k++) {
                    if (line.startsWith(keys[k])) {
                        out[k] = Long.parseLong(line.substring(keys[k].length()).replace("kB", "").trim());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            Arrays.fill(out, -1);
        }
        return out;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** Peak resident set and heap in use, bytes; rss -1 when unknown. */
    public record Peak(long rssBytes, long heapBytes) {
    }
}
