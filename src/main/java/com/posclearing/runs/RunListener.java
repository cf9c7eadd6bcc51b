package com.posclearing.runs;

import com.posclearing.kernel.RunContext;
import com.posclearing.support.batch.RunParams;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ties a run to its job execution as soon as it starts, so a run killed half-way can be found and recovered; and puts
 * the run on every log line of its thread (and, carried, of its workers).
 */
@Component
public class RunListener implements JobExecutionListener {
    private final RunRegistry runs;

    RunListener(RunRegistry runs) {
        this.runs = runs;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunParams run = RunParams.of(execution.getJobParameters());
        runs.attach(run.date(), run.runNo(), execution.getId());
        RunContext.set(run.date(), run.runNo());
    }

    @Override
    public void afterJob(JobExecution execution) {
        RunContext.clear();
    }
}
