package com.posclearing.schedule.internal;

import com.posclearing.job.DateBusyException;
import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One firing of a job definition: derives D from the fire time in the definition's zone and runs D once, with the
 * definition's {@code inputDeadline} on D+1 as the run's limit for missing inputs. Quartz's
 * clustering normally fires a trigger on one node only; the run lock of SettlementService and the run history make
 * sure a duplicate firing (recovery, clock skew) never gives a second run of D.
 */
@DisallowConcurrentExecution
public final class SettlementJob implements Job {
    static final String OPERATOR = "scheduler";
    private static final Logger LOG = LoggerFactory.getLogger(SettlementJob.class);
    private final SettlementService settlement;
    private final RunHistory history;
    private final Clock clock;

    /** Built by Spring's job factory for each firing; a {@link Clock} bean, if any, replaces the system clock (tests). */
    public SettlementJob(SettlementService settlement, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.settlement = settlement;
        this.history = new RunHistory(jdbc);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobData data = JobData.from(context.getMergedJobDataMap());
        Instant fired = clock.instant();
        BusinessDate date = data.businessDate().dateFor(fired, data.zone());
        LOG.info("{} fired at {} ({}): business date {}", data.job(), fired.atZone(data.zone()).toLocalDateTime().withNano(0),
                data.zone(), date);
        FireResult result = fire(data, date);
        context.setResult(result);
    }

    private FireResult fire(JobData data, BusinessDate date) throws JobExecutionException {
        Optional<RunHistory.LatestRun> before = history.latest(date);
        if (before.isPresent()) {
            return alreadyRun(data, date, before.get());
        }
        RunOutcome outcome;
        try {
            outcome = settlement.run(date, data.source(), OPERATOR, data.inputDeadlineOf(date));
        } catch (DateBusyException e) {
            LOG.info("{}: another node runs {} ({}); this node does nothing", data.job(), date, e.getMessage());
            return FireResult.BUSY;
        } catch (RuntimeException e) {
            Optional<RunHistory.LatestRun> now = history.latest(date);
            if (now.isPresent()) { // another node started D between our look and our start
                return alreadyRun(data, date, now.get());
            }
            LOG.error("{}: run of {} could not start: {}", data.job(), date, e.getMessage());
            throw new JobExecutionException(e, false);
        }
        if (outcome.completed()) {
            LOG.info("{}: run {} of {} completed: outputs in {}", data.job(), outcome.runNo(), date, outcome.outDir());
            return FireResult.RAN;
        }
        LOG.error("{}: run {} of {} failed: {}; fix the cause, then: ops/settle restart --date {}", data.job(), outcome.runNo(),
                date, outcome.failure() == null ? outcome.status() : outcome.failure().getMessage(), date);
        return FireResult.RUN_FAILED;
    }

    private static FireResult alreadyRun(JobData data, BusinessDate date, RunHistory.LatestRun run) {
        switch (run.status()) {
            case COMPLETED -> {
                LOG.info("{}: {} already has completed run {}; nothing to do", data.job(), date, run.runNo());
                return FireResult.ALREADY_DONE;
            }
            case STARTED -> {
                LOG.warn("{}: run {} of {} is STARTED (running elsewhere, or stopped: see ops/settle status --date {});"
                        + " nothing to do", data.job(), run.runNo(), date, date);
                return FireResult.BUSY;
            }
            default -> {
                LOG.warn("{}: run {} of {} is {}; the schedule does not retry it: fix the cause, then ops/settle restart --date {}",
                        data.job(), run.runNo(), date, run.status(), date);
                return FireResult.NEEDS_OPERATOR;
            }
        }
    }
}
