package com.posclearing.schedule.internal;

import com.posclearing.kernel.BusinessDate;
import java.time.Clock;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A firing that works on one day, the definition's business date of the fire time (a {@link Clock} bean, if any,
 * replaces the system clock: tests). A failure is logged with what to do and not refired by Quartz.
 */
abstract class DayJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(DayJob.class);
    private final Clock clock;

    DayJob(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public final void execute(JobExecutionContext context) throws JobExecutionException {
        JobData data = JobData.from(context.getMergedJobDataMap());
        BusinessDate day = data.businessDate().dateFor(clock.instant(), data.zone());
        try {
            fire(data, day);
        } catch (RuntimeException e) {
            LOG.error("{}: {}", data.job(), failure(day, e));
            throw new JobExecutionException(e, false);
        }
    }

    abstract void fire(JobData data, BusinessDate day);

    /** The sentence for a failed firing: what failed and the command that does it by hand. */
    abstract String failure(BusinessDate day, RuntimeException e);
}
