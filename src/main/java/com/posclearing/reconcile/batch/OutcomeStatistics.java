package com.posclearing.reconcile.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * After the reconcile step: the database's statistics of the rows its buckets loaded, before settle and the reports
 * query them (see {@code BulkInsert.analyze}).
 */
@Component
public class OutcomeStatistics implements StepExecutionListener {
    private final OutcomeStore outcomes;

    OutcomeStatistics(OutcomeStore outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            outcomes.analyze();
        }
        return step.getExitStatus();
    }
}
