package com.posclearing.support;

import com.posclearing.kernel.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** A function over a few large items (input files), one thread per core; every item finishes before a failure is raised. */
public final class Parallel {
    private Parallel() {
    }

    /** @return the results in the items' order; the first failure (in that order) is rethrown once all are done */
    public static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
        if (items.size() <= 1) {
            return items.stream().map(fn).toList();
        }
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-" + Thread.currentThread().getName());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
                Function<T, R> inContext = RunContext.carried(fn);
            items.forEach(item -> futures.add(pool.submit(() -> inContext.apply(item))));
            List<R> out = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<R> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : unwrap(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while files were loading", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException unwrap(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t.getMessage(), t);
    }
}
