package com.posclearing.schedule.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.retention.batch.PurgeReport;
import com.posclearing.retention.batch.PurgeService;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One firing of {@code jobs/purge.yaml}: purges what {@code retention.yaml} no longer keeps, as of the fire day in the
 * definition's zone. The purge audits itself; a date it may not touch yet is left for a later firing.
 */
@DisallowConcurrentExecution
public final class PurgeJob extends DayJob {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeJob.class);
    private final PurgeService purge;

    /** Built by Spring's job factory for each firing. */
    public PurgeJob(PurgeService purge, ObjectProvider<Clock> clock) {
        super(clock);
        this.purge = purge;
    }

    @Override
    void fire(JobData data, BusinessDate day) {
        PurgeReport report = purge.purge(day.value(), false, SettlementJob.OPERATOR);
        LOG.info("{}: purged {} items as of {}", data.job(), report.items(), day);
    }

    @Override
    String failure(BusinessDate day, RuntimeException e) {
        return "the purge as of " + day + " failed: " + e.getMessage() + "; fix it, then ops/settle purge --as-of " + day;
    }
}
