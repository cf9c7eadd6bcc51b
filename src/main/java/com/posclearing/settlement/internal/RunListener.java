package com.posclearing.settlement.internal;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Ties a run to its job execution as soon as it starts, so a run killed half-way can be found and recovered. */
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
    }
}
