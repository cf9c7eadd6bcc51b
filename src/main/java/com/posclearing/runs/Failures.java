package com.posclearing.runs;

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
 * Every step's failure goes to the log file with its trace (Spring Batch's own step logging is off), the telling one
 * is returned: a rejected or missing input first, then a worker's, then the first.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static Optional<Throwable> telling(JobExecution execution) {
        List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
        // to the log file only (DEBUG, under the console's threshold): the run's one sentence is on the console
        for (StepExecution step : steps) {
            step.getFailureExceptions().forEach(f -> LOG.debug("step {} failed: {}", step.getStepName(), f.getMessage(), f));
        }
        // workers fail in any order: the first bucket by name, so the same run always tells the same sentence
        List<StepExecution> byName = steps.stream().sorted(Comparator.comparing(StepExecution::getStepName)).toList();
        return byName.stream().flatMap(s -> s.getFailureExceptions().stream())
                .min(Comparator.comparingInt((Throwable f) -> rank(f, steps)))
                .or(() -> execution.getAllFailureExceptions().stream().findFirst());
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
