package com.posclearing.settlement.internal;

import com.posclearing.kernel.RunContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ties a run to its job execution as soon as it starts, so a run killed half-way can be found and recovered; and puts
 * the run on every log line of its thread (and, carried, of its workers).
 */
@Component
public class RunListener implements JobExecutionListener {
    private final Stores stores;

    RunListener(Stores stores) {
        this.stores = stores;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunParams run = RunParams.of(execution.getJobParameters());
        stores.runs().attach(run.date(), run.runNo(), execution.getId());
        RunContext.set(run.date(), run.runNo());
    }

    @Override
    public void afterJob(JobExecution execution) {
        RunContext.clear();
    }
}
