package com.posclearing.bench.internal;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Says each step's time as soon as the job repository records its end, so that a long run shows its numbers while it
 * goes on (and a run stopped by hand still leaves the steps it finished).
 */
final class StepWatcher implements AutoCloseable {
    private static final long POLL_MILLIS = 1_000;
    private final JdbcTemplate jdbc;
    private final PrintStream out;
    private final Thread thread;
    private final Set<Long> said = new HashSet<>();
    private final long before;
    private volatile boolean running = true;

    StepWatcher(JdbcTemplate jdbc, PrintStream out) {
        this.jdbc = jdbc;
        this.out = out;
        // a database that ran earlier nights already holds their steps
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(step_execution_id), 0) FROM batch_step_execution", Long.class);
        this.before = max == null ? 0 : max;
        thread = new Thread(this::loop, "bench-step-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
                poll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the tables may not exist yet, or the context is closing: try again on the next tick
            }
        }
    }

    private void poll() {
        jdbc.query("SELECT step_name, status, start_time, end_time, read_count, write_count, step_execution_id"
                + " FROM batch_step_execution WHERE end_time IS NOT NULL AND step_execution_id > ?"
                + " ORDER BY step_execution_id", rs -> {
                    String step = rs.getString(1);
                    if (said.add(rs.getLong(7))) {
                        long ms = java.time.Duration.between(rs.getTimestamp(3).toLocalDateTime(),
                                rs.getTimestamp(4).toLocalDateTime()).toMillis();
                        out.println(String.format(Locale.ROOT, "bench: step %s %s in %.2f s (read %d, written %d), VmHWM %d MB",
                                step, rs.getString(2), ms / 1000.0, rs.getLong(5), rs.getLong(6),
                                MemorySampler.highWaterMarkBytes() / (1024 * 1024)));
                    }
                }, before);
    }

    /** Stops polling, then says the steps that ended since the last tick. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(POLL_MILLIS);
            poll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // best effort: the bench's table lists every step anyway
        }
    }
}
