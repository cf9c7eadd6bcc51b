package com.posclearing.schedule.internal;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.kernel.BusinessDate;
import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One firing of {@code jobs/agent-month.yaml}: on the first working day of a month (calendar.csv) the month before is
 * settled once; on any other day, or when the month before already has a run, nothing happens. A failure (a date of
 * the month not settled yet) is logged with what to do; the next morning's firing does not retry a month that ran.
 */
@DisallowConcurrentExecution
public final class AgentMonthJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(AgentMonthJob.class);
    private final AgentMonthService months;
    private final Clock clock;

    /** Built by Spring's job factory for each firing; a {@link Clock} bean, if any, replaces the system clock (tests). */
    public AgentMonthJob(AgentMonthService months, ObjectProvider<Clock> clock) {
        this.months = months;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobData data = JobData.from(context.getMergedJobDataMap());
        Instant fired = clock.instant();
        BusinessDate today = data.businessDate().dateFor(fired, data.zone());
        try {
            months.settleDue(today.value(), SettlementJob.OPERATOR).ifPresentOrElse(
                    r -> LOG.info("{}: agents {} run {} settled on {}: {} statements in {}", data.job(), r.month(), r.runNo(),
                            today, r.statements(), r.folder()),
                    () -> LOG.info("{}: {} is not the first working day of its month, or the month before has run", data.job(),
                            today));
        } catch (RuntimeException e) {
            LOG.error("{}: the agent month before {} could not be settled: {}; fix it, then ops/settle agents --month {}",
                    data.job(), today, e.getMessage(), java.time.YearMonth.from(today.value()).minusMonths(1));
            throw new JobExecutionException(e, false);
        }
    }
}
