package com.posclearing.schedule.internal;

import com.posclearing.retention.batch.PurgeReport;
import com.posclearing.retention.batch.PurgeService;
import java.time.Clock;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One firing of {@code jobs/purge.yaml}: purges what {@code retention.yaml} no longer keeps, as of the fire day in the
 * definition's zone. The purge audits itself; a date it may not touch yet is left for a later firing.
 */
@DisallowConcurrentExecution
public final class PurgeJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeJob.class);
    private final PurgeService purge;
    private final Clock clock;

    /** Built by Spring's job factory for each firing; a {@link Clock} bean, if any, replaces the system clock (tests). */
    public PurgeJob(PurgeService purge, ObjectProvider<Clock> clock) {
        this.purge = purge;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobData data = JobData.from(context.getMergedJobDataMap());
        LocalDate asOf = data.businessDate().dateFor(clock.instant(), data.zone()).value();
        try {
            PurgeReport report = purge.purge(asOf, false, SettlementJob.OPERATOR);
            LOG.info("{}: purged {} items as of {}", data.job(), report.items(), asOf);
        } catch (RuntimeException e) {
            LOG.error("{}: the purge as of {} failed: {}; fix it, then ops/settle purge --as-of {}", data.job(), asOf,
                    e.getMessage(), asOf);
            throw new JobExecutionException(e, false);
        }
    }
}
