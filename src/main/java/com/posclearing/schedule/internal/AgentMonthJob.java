package com.posclearing.schedule.internal;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.kernel.BusinessDate;
import java.time.Clock;
import java.time.YearMonth;
import org.quartz.DisallowConcurrentExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One firing of {@code jobs/agent-month.yaml}: on the first working day of a month (calendar.csv) the month before is
 * settled once; on any other day, or when the month before already has a run, nothing happens. A failure (a date of
 * the month not settled yet) is logged with what to do; the next morning's firing does not retry a month that ran.
 */
@DisallowConcurrentExecution
public final class AgentMonthJob extends DayJob {
    private static final Logger LOG = LoggerFactory.getLogger(AgentMonthJob.class);
    private final AgentMonthService months;

    /** Built by Spring's job factory for each firing. */
    public AgentMonthJob(AgentMonthService months, ObjectProvider<Clock> clock) {
        super(clock);
        this.months = months;
    }

    @Override
    void fire(JobData data, BusinessDate today) {
        months.settleDue(today.value(), SettlementJob.OPERATOR).ifPresentOrElse(
                r -> LOG.info("{}: agents {} run {} settled on {}: {} statements in {}", data.job(), r.month(), r.runNo(),
                        today, r.statements(), r.folder()),
                () -> LOG.info("{}: {} is not the first working day of its month, or the month before has run", data.job(),
                        today));
    }

    @Override
    String failure(BusinessDate today, RuntimeException e) {
        return "the agent month before " + today + " could not be settled: " + e.getMessage()
                + "; fix it, then ops/settle agents --month " + YearMonth.from(today.value()).minusMonths(1);
    }
}
