package com.posclearing.settlement.internal;

import com.posclearing.kernel.BusinessDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The job parameters of one run: {@code businessDate} and {@code run} identify it (a rerun is a new run number,
 * never an incrementer); {@code source} says where inputs come from: {@code dir:PATH}, {@code sftp} or {@code archive}.
 */
public record RunParams(BusinessDate date, int runNo, String source) {
    public static final String BUSINESS_DATE = "businessDate";
    public static final String RUN = "run";
    public static final String SOURCE = "source";

    static RunParams of(ChunkContext context) {
        return of(context.getStepContext().getStepExecution().getJobParameters());
    }

    public static RunParams of(JobParameters p) {
        return new RunParams(BusinessDate.parse(p.getString(BUSINESS_DATE)), p.getLong(RUN).intValue(),
                p.getString(SOURCE, "archive"));
    }
}
