package com.posclearing.schedule;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.job.NightlySettlementJobConfig;
import com.posclearing.retention.batch.PurgeService;
import com.posclearing.schedule.internal.Triggers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The Quartz schedule of the {@code jobs/*.yaml} definitions on the clustered JDBC job store. Every node registers
 * the same definitions at start; Quartz fires each trigger on one node of the cluster.
 */
@Service
public class ClearingScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ClearingScheduler.class);
    private final Scheduler scheduler;
    private final Path home;
    private final Path jobsDir;

    ClearingScheduler(Scheduler scheduler, @Value("${clearing.jobs-dir:}") String jobsDir) {
        this.scheduler = scheduler;
        this.home = Path.of(System.getProperty("pos.clearing.home", ".")).toAbsolutePath().normalize();
        this.jobsDir = home.resolve(jobsDir.isBlank() ? "jobs" : jobsDir).normalize();
    }

    /** {@code clearing.jobs-dir}, resolved against the installation folder ({@code pos.clearing.home}). */
    public Path jobsDir() {
        return jobsDir;
    }

    public List<JobDefinition> definitions() {
        List<JobDefinition> defs = JobDefinitions.load(jobsDir, home, Set.of(NightlySettlementJobConfig.JOB_NAME,
                AgentMonthService.JOB_NAME, PurgeService.JOB_NAME));
        if (defs.isEmpty()) {
            throw new IllegalStateException("no job definitions (*.yaml) in " + jobsDir);
        }
        return defs;
    }

    /** The definitions with the next time each fires after {@code now}, computed from the cron, nothing registered. */
    public List<ScheduledJob> planned(Instant now) {
        return definitions().stream().map(def -> {
            Date next = Triggers.trigger(def).getFireTimeAfter(Date.from(now));
            return new ScheduledJob(def, next == null ? null : next.toInstant());
        }).toList();
    }

    /**
     * Registers every definition: adds new jobs, updates changed ones, keeps unchanged triggers as they are, and
     * removes jobs whose definition is gone. Safe to call again and on every node.
     */
    public List<ScheduledJob> register() {
        List<JobDefinition> defs = definitions();
        try {
            List<ScheduledJob> registered = new ArrayList<>();
            for (JobDefinition def : defs) {
                registered.add(register(def));
            }
            Set<String> names = Set.copyOf(defs.stream().map(JobDefinition::job).toList());
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(Triggers.GROUP))) {
                if (!names.contains(key.getName())) {
                    LOG.info("{}: no definition in {} any more; removed from the schedule", key.getName(), jobsDir);
                    scheduler.deleteJob(key);
                }
            }
            return List.copyOf(registered);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot register the jobs of " + jobsDir + " in Quartz: " + e.getMessage(), e);
        }
    }

    /** Registers the definitions, then starts firing. */
    public List<ScheduledJob> start() {
        List<ScheduledJob> jobs = register();
        try {
            scheduler.start();
            LOG.info("scheduler {} started as node {}", scheduler.getSchedulerName(), scheduler.getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the Quartz scheduler: " + e.getMessage(), e);
        }
        return jobs;
    }

    /** Stops firing and waits for a running job to finish. */
    public void stop() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    private ScheduledJob register(JobDefinition def) throws SchedulerException {
        scheduler.addJob(Triggers.detail(def), true);
        CronTrigger wanted = Triggers.trigger(def);
        Trigger existing = scheduler.getTrigger(wanted.getKey());
        if (existing == null) {
            try {
                scheduler.scheduleJob(wanted);
                LOG.info("{}: scheduled from {}", def.job(), def.file());
            } catch (ObjectAlreadyExistsException e) {
                LOG.info("{}: scheduled by another node meanwhile", def.job());
            }
        } else if (!Triggers.sameSchedule(existing, wanted)) {
            scheduler.rescheduleJob(wanted.getKey(), wanted);
            LOG.info("{}: schedule changed by {}; trigger replaced", def.job(), def.file());
        }
        Trigger now = scheduler.getTrigger(wanted.getKey());
        return new ScheduledJob(def, now == null || now.getNextFireTime() == null ? null : now.getNextFireTime().toInstant());
    }
}
