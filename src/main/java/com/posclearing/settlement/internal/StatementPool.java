package com.posclearing.settlement.internal;

import com.posclearing.kernel.Progress;
import com.posclearing.statement.OutputPaths;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes statements on one thread per core, at most {@link #IN_FLIGHT} merchants queued (memory stays bounded while
 * the reading thread runs ahead). The first failure stops the step with the merchant it concerns.
 */
final class StatementPool implements AutoCloseable {
    static final int IN_FLIGHT = 64;
    private final StatementWriter writer;
    private final OutputPaths paths;
    private final Progress progress;
    private final Runnable afterSecond;
    private final ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final LinkedBlockingQueue<Future<?>> pending = new LinkedBlockingQueue<>();
    private final AtomicInteger written = new AtomicInteger();

    StatementPool(StatementWriter writer, OutputPaths paths, Progress progress, Runnable afterSecond) {
        this.writer = writer;
        this.paths = paths;
        this.progress = progress;
        this.afterSecond = afterSecond;
    }

    void submit(StatementHeader header, List<StatementLine> lines, List<PendingItem> pendingItems) {
        slots.acquireUninterruptibly();
        pending.add(threads.submit(() -> {
            try {
                writer.write(paths, header, lines, pendingItems);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the statement of " + header.merchantId() + ": " + e.getMessage(), e);
            } finally {
                slots.release();
            }
            synchronized (progress) {
                progress.add(1);
            }
            if (written.incrementAndGet() == 2) {
                afterSecond.run();
            }
        }));
        drainDone();
    }

    private void drainDone() {
        while (!pending.isEmpty() && pending.peek().isDone()) {
            await(pending.poll());
        }
    }

    @Override
    public void close() {
        try {
            for (Future<?> f = pending.poll(); f != null; f = pending.poll()) {
                await(f);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
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
}
