package com.posclearing.kernel;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The run a log line belongs to ({@code [2026-12-30 run 1]} on every line of a run, MDC key {@value #KEY}), carried
 * to the worker threads of the run so that a bucket's or a file's lines say which night they are about.
 */
public final class RunContext {
    public static final String KEY = "run";

    private RunContext() {
    }

    public static void set(BusinessDate date, int runNo) {
        MDC.put(KEY, date + " run " + runNo);
    }

    public static void clear() {
        MDC.remove(KEY);
    }

    /** The task with the submitting thread's context, restored afterwards on the thread that runs it. */
    public static Runnable carried(Runnable task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return () -> within(context, () -> {
            task.run();
            return null;
        });
    }

    /** The function with the calling thread's context, for the items of a thread pool. */
    public static <T, R> Function<T, R> carried(Function<T, R> fn) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return item -> within(context, () -> fn.apply(item));
    }

    private static <R> R within(Map<String, String> context, Supplier<R> work) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        apply(context);
        try {
            return work.get();
        } finally {
            apply(before);
        }
    }

    private static void apply(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
