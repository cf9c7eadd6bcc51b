package com.posclearing.settlement.internal;

import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The failure a person must read first. A partitioned step fails with Spring Batch's "Partition handler returned an
 * unsuccessful step", which names nothing; the cause is the failure of a worker step ({@code reconcileBucket:bucket03}).
 * Every step's failure goes to the log with its trace (Spring Batch's own step logging is off), the telling one is
 * returned: a rejected or missing input first, then a worker's, then the first.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static Optional<Throwable> telling(JobExecution execution) {
        List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
        for (StepExecution step : steps) {
            step.getFailureExceptions().forEach(f -> LOG.error("step {} failed: {}", step.getStepName(), f.getMessage(), f));
        }
        List<Throwable> all = execution.getAllFailureExceptions();
        return all.stream().min(Comparator.comparingInt((Throwable f) -> rank(f, steps)));
    }

    private static int rank(Throwable failure, List<StepExecution> steps) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException || t instanceof InputMissingException) {
                return 0;
            }
        }
        boolean ofWorker = steps.stream().anyMatch(s -> s.getStepName().contains(":") && s.getFailureExceptions().contains(failure));
        return ofWorker ? 1 : 2;
    }
}
