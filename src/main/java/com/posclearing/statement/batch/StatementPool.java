package com.posclearing.statement.batch;

import com.posclearing.kernel.Progress;
import com.posclearing.kernel.RunContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the statement step's partitions (a share of the merchants each: its lines and its workbooks) on one thread per
 * core, so reading the lines and writing the files both run on every core. The first failure stops the step with the
 * partition it concerns; the partitions not started are cancelled. The count of statements written is kept per
 * thread and handed to the shared progress every {@value #REPORT_EVERY} statements, so no lock is taken per file.
 */
final class StatementPool implements AutoCloseable {
    private static final int REPORT_EVERY = 64;
    private final ThreadLocal<int[]> unreported = ThreadLocal.withInitial(() -> new int[1]);

    /** One partition's work; calls {@link #written()} after each statement and {@link #flush()} at its end. */
    @FunctionalInterface
    interface Chunk {
        void write() throws IOException;
    }

    private final Progress progress;
    private final Runnable afterSecond;
    private final ExecutorService threads;
    private final ExecutorCompletionService<Void> done;
    private final AtomicInteger written = new AtomicInteger();
    private int submitted;

    /** @param afterSecond runs once, on the thread that completes the second statement (a crash test's pause point) */
    StatementPool(int threads, Progress progress, Runnable afterSecond) {
        this.progress = progress;
        this.afterSecond = afterSecond;
        this.threads = Executors.newFixedThreadPool(threads);
        this.done = new ExecutorCompletionService<>(this.threads);
    }

    void submit(String what, Chunk chunk) {
        submitted++;
        done.submit(RunContext.carried(() -> {
            try {
                chunk.write();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the statements of " + what + ": " + e.getMessage(), e);
            }
        }), null);
    }

    void written() {
        if (written.incrementAndGet() == 2) {
            afterSecond.run();
        }
        int[] mine = unreported.get();
        if (++mine[0] == REPORT_EVERY) {
            flush();
        }
    }

    /** Hands this thread's statements not yet counted to the progress. */
    void flush() {
        int[] mine = unreported.get();
        progress.add(mine[0]);
        mine[0] = 0;
    }

    /** Waits for every chunk; rethrows the first failure. */
    void awaitAll() {
        try {
            for (; submitted > 0; submitted--) {
                done.take().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing statements", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
