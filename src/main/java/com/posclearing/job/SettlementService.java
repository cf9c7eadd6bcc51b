package com.posclearing.job;

import com.posclearing.ingest.batch.LandingFiles;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.RunStatus;
import com.posclearing.refdata.RefData;
import com.posclearing.retention.batch.PurgedDates;
import com.posclearing.runs.DateOrder;
import com.posclearing.runs.Failures;
import com.posclearing.runs.RunLock;
import com.posclearing.runs.RunRegistry;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.PausePoint;
import com.posclearing.support.batch.RunParams;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Starts and restarts the runs of a business date, recording each in settlement_run. */
@Service
public class SettlementService {
    private static final String SOURCE_ARCHIVE = "archive";
    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunRegistry runs;
    private final ClearingProperties props;
    private final RunLock lock;
    private final LandingFiles landing;
    private final DateOrder order;
    private final RefData refData;
    private final PurgedDates purged;

    SettlementService(JobOperator jobOperator, JobRepository jobRepository, Job nightlySettlementJob, RunRegistry runs,
            ClearingProperties props, JdbcTemplate jdbc, LandingFiles landing, RefData refData, PurgedDates purged) {
        this.purged = purged;
        this.landing = landing;
        this.lock = new RunLock(jdbc);
        this.refData = refData;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = nightlySettlementJob;
        this.runs = runs;
        this.order = new DateOrder(runs);
        this.props = props;
    }

    /**
     * The night's run of D (run 1), with inputs from {@code source} ({@code dir:PATH} or {@code sftp}). Refused when D
     * already has a run: a completed date is rerun, a failed one restarted.
     */
    public RunOutcome run(BusinessDate date, String source, String operator) {
        return run(date, source, operator, Optional.empty());
    }

    /**
     * Like {@link #run(BusinessDate, String, String)}, with the night's overall input deadline (the schedule's
     * {@code inputDeadline} on D+1): every SFTP source waits until the earlier of its own deadline and this one. Kept
     * as a non-identifying job parameter, so a restart of the run keeps it.
     */
    public RunOutcome run(BusinessDate date, String source, String operator, Optional<ZonedDateTime> inputDeadline) {
        Optional<Instant> deadline = inputDeadline.map(ZonedDateTime::toInstant);
        // checked under the lock: another node may have run D between a check outside it and the start
        return locked(date, () -> {
            Optional<RunRegistry.Run> latest = latestReconciled(date);
            if (latest.isPresent()) {
                RunRegistry.Run run = latest.get();
                String next = run.status().settled()
                        ? "ops/settle rerun --date " + date + " --reason TEXT"
                        : "ops/settle restart --date " + date;
                throw new IllegalArgumentException(date + " already has run " + run.runNo() + " (" + run.status() + "); use "
                        + next);
            }
            order.check(date);
            return launchLocked(date, 1, source, operator, null, false, deadline);
        });
    }

    /**
     * Runs D again from its archived inputs as run N+1, recording who and why. Before D's payout file is delivered the
     * payouts are replaced under the same ids; after, they stay and the differences become adjustments of D+1.
     */
    public RunOutcome rerun(BusinessDate date, String reason, String operator) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rerun needs a reason: --reason TEXT");
        }
        return locked(date, () -> {
            RunRegistry.Run latest = latestReconciled(date).orElseThrow(() -> new IllegalArgumentException(
                    date + " has no run yet; use ops/settle run --date " + date));
            if (!latest.status().settled()) {
                throw new IllegalArgumentException("run " + latest.runNo() + " of " + date + " is " + latest.status()
                        + "; finish it first: ops/settle restart --date " + date);
            }
            order.check(date);
            purged.checkRerunnable(date);
            return launchLocked(date, latest.runNo() + 1, SOURCE_ARCHIVE, operator, reason, false, Optional.empty());
        });
    }

    /**
     * Continues D's failed run where it stopped. A run left STARTED by a killed process is recovered first (its
     * execution marked FAILED), then restarted; steps that completed are not run again. A run whose job had completed
     * when its process was stopped (before the run was recorded) is recorded COMPLETED, not restarted.
     */
    public RunOutcome restart(BusinessDate date, String operator) {
        return restart(date, operator, Optional.empty());
    }

    /**
     * Like {@link #restart(BusinessDate, String)}; with {@code fromDir} (files received by other means when a link is
     * down) D's input files are first copied from that folder into D's landing folder, and the run takes its inputs
     * from there instead of its own source: fetched by no one, registered, checked and archived like fetched files.
     */
    public RunOutcome restart(BusinessDate date, String operator, Optional<Path> fromDir) {
        return locked(date, () -> {
            RunRegistry.Run recorded = runs.latest(date).orElseThrow(() -> new IllegalArgumentException(
                    date + " has no run to restart; use ops/settle run --date " + date
                            + fromDir.map(dir -> " --from-dir " + dir).orElse("")));
            RunRegistry.Run latest = latestReconciled(date).orElseThrow();
            if (latest.status().settled()) {
                if (!recorded.status().settled()) {
                    return new RunOutcome(date, latest.runNo(), latest.status(), props.outDir().resolve(date.compact()), null);
                }
                throw new IllegalArgumentException("run " + latest.runNo() + " of " + date + " completed; nothing to restart"
                        + " (to run it again: ops/settle rerun --date " + date + " --reason TEXT)");
            }
            if (fromDir.isPresent() && latest.runNo() > 1) {
                throw new IllegalArgumentException("run " + latest.runNo() + " of " + date + " is a rerun, which takes its"
                        + " inputs from the archive; restart it without --from-dir");
            }
            fromDir.ifPresent(dir -> landing.place(date, dir));
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), identifying(date, latest.runNo()));
            runs.reopen(date, latest.runNo());
            if (last == null) {
                String source = fromDir.isPresent() ? RunParams.LANDING : SOURCE_ARCHIVE;
                return launchLocked(date, latest.runNo(), source, operator, latest.reason(), true, Optional.empty());
            }
            try {
                if (last.getStatus().isRunning()) {
                    LOG.info("recovering execution {} of {} left {} by a stopped process", last.getId(), date, last.getStatus());
                    last = jobOperator.recover(last);
                }
                if (fromDir.isEmpty()) {
                    return finish(date, latest.runNo(), jobOperator.restart(last));
                }
                // the same job instance (identifying parameters) with its inputs now in landing: a restart all the same
                JobParameters params = new JobParametersBuilder(last.getJobParameters())
                        .addString(RunParams.SOURCE, RunParams.LANDING, false).toJobParameters();
                return finish(date, latest.runNo(), jobOperator.start(job, params));
            } catch (Exception e) {
                runs.finish(date, latest.runNo(), RunStatus.FAILED, e.getMessage());
                return new RunOutcome(date, latest.runNo(), RunStatus.FAILED, props.outDir().resolve(date.compact()), e);
            }
        });
    }

    /**
     * D's latest run as the job repository knows it: a process stopped between its job's completion and recording the
     * run leaves it STARTED (or a restart FAILED) while its last job execution COMPLETED; it is recorded COMPLETED now.
     */
    private Optional<RunRegistry.Run> latestReconciled(BusinessDate date) {
        Optional<RunRegistry.Run> latest = runs.latest(date);
        if (latest.isEmpty() || latest.get().status().settled()) {
            return latest;
        }
        RunRegistry.Run run = latest.get();
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), identifying(date, run.runNo()));
        if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
            return latest;
        }
        LOG.warn("run {} of {} was recorded {} but its job execution {} completed at {} (the process stopped before"
                + " recording it): recorded COMPLETED now", run.runNo(), date, run.status(), last.getId(), last.getEndTime());
        runs.completed(date, run.runNo(), last.getId(), last.getEndTime());
        return runs.latest(date);
    }

    /**
     * Runs {@code work} holding D's lock and D-1's: D-1 may not be rerun or restarted while D runs on its figures, and D
     * waits for a running D-1 (SPEC 3.3).
     */
    private RunOutcome locked(BusinessDate date, java.util.function.Supplier<RunOutcome> work) {
        // a bad reference file stops the command before anything is loaded or recorded (exit 3, no FAILED run)
        refData.reload();
        String jobName = NightlySettlementJobConfig.JOB_NAME;
        BusinessDate before = date.plusDays(-1);
        lock.tryAcquire(jobName, date, date).ifPresent(h -> {
            throw busy(date, h, date);
        });
        try {
            lock.tryAcquire(jobName, before, date).ifPresent(h -> {
                throw busy(before, h, date);
            });
            try {
                return work.get();
            } finally {
                lock.release(jobName, before);
            }
        } finally {
            lock.release(jobName, date);
        }
    }

    private static DateBusyException busy(BusinessDate locked, RunLock.Holder holder, BusinessDate wanted) {
        BusinessDate running = holder.runningDate() == null ? locked : holder.runningDate();
        String who = running.equals(locked) ? locked + " is being run by " + holder.owner()
                : locked + " is held by the run of " + running + " (" + holder.owner() + "), which settles on its figures";
        String then = locked.equals(wanted) ? "" : "; " + wanted + " settles only after " + locked + " has settled";
        return new DateBusyException(who + then + "; wait for it to end, then look at ops/settle status --date " + running);
    }

    private RunOutcome launchLocked(BusinessDate date, int runNo, String source, String operator, String reason,
            boolean registered, Optional<Instant> inputDeadline) {
        if (!registered) {
            runs.start(date, runNo, operator, reason);
        }
        JobParametersBuilder params = new JobParametersBuilder(identifying(date, runNo))
                .addString(RunParams.SOURCE, source, false);
        // not identifying: the same run with another deadline is still the same run
        inputDeadline.ifPresent(d -> params.addString(RunParams.INPUT_DEADLINE, d.toString(), false));
        LOG.info("starting run {} of {} (source {}, operator {}{})", runNo, date, source, operator,
                inputDeadline.map(d -> ", input deadline " + d).orElse(""));
        try {
            JobExecution execution = jobOperator.start(job, params.toJobParameters());
            return finish(date, runNo, execution);
        } catch (Exception e) {
            runs.finish(date, runNo, RunStatus.FAILED, e.getMessage());
            return new RunOutcome(date, runNo, RunStatus.FAILED, props.outDir().resolve(date.compact()), e);
        }
    }

    private static JobParameters identifying(BusinessDate date, int runNo) {
        return new JobParametersBuilder()
                .addString(RunParams.BUSINESS_DATE, date.toString())
                .addLong(RunParams.RUN, (long) runNo)
                .toJobParameters();
    }

    private RunOutcome finish(BusinessDate date, int runNo, JobExecution execution) {
        PausePoint.reached("job-ended", props.dataDir());
        runs.attach(date, runNo, execution.getId());
        Throwable failure = execution.getStatus() == BatchStatus.COMPLETED ? null
                : Failures.telling(execution).orElseGet(() -> new IllegalStateException("run " + runNo + " of " + date + " ended "
                        + execution.getStatus()));
        RunStatus status = failure == null ? RunStatus.COMPLETED : RunStatus.FAILED;
        runs.finish(date, runNo, status, failure == null ? null : String.valueOf(failure.getMessage()));
        if (failure == null) {
            LOG.info("run {} of {} ended {}", runNo, date, status);
        } else {
            if (failure instanceof InputRejectedException || failure instanceof InputMissingException) {
                LOG.error("run {} of {} ended {}: {}", runNo, date, status, failure.getMessage());
            } else {
                // not an input problem: the engineer on call needs the trace
                LOG.error("run {} of {} ended {}: {}", runNo, date, status, failure.getMessage(), failure);
            }
        }
        return new RunOutcome(date, runNo, status, props.outDir().resolve(date.compact()), failure);
    }
}
