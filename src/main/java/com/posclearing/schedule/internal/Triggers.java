package com.posclearing.schedule.internal;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.retention.batch.PurgeService;
import com.posclearing.schedule.JobDefinition;
import com.posclearing.schedule.MisfirePolicy;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/** The Quartz job and cron trigger of a definition; one of each per job, in group {@value #GROUP}. */
public final class Triggers {
    public static final String GROUP = "clearing";

    private Triggers() {
    }

    public static JobKey jobKey(String job) {
        return JobKey.jobKey(job, GROUP);
    }

    public static TriggerKey triggerKey(String job) {
        return TriggerKey.triggerKey(job, GROUP);
    }

    public static JobDetail detail(JobDefinition def) {
        return JobBuilder.newJob(jobClass(def.job()))
                .withIdentity(jobKey(def.job()))
                .withDescription("from " + def.file())
                .usingJobData(JobData.of(def).toMap())
                .storeDurably()
                // a node that dies mid-run leaves D STARTED for an operator to restart, never re-run by another node
                .requestRecovery(false)
                .build();
    }

    private static Class<? extends Job> jobClass(String job) {
        return switch (job) {
            case AgentMonthService.JOB_NAME -> AgentMonthJob.class;
            case PurgeService.JOB_NAME -> PurgeJob.class;
            default -> SettlementJob.class;
        };
    }

    public static CronTrigger trigger(JobDefinition def) {
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(def.cron()).inTimeZone(TimeZone.getTimeZone(def.zone()));
        schedule = def.misfire() == MisfirePolicy.FIRE_ONCE_NOW ? schedule.withMisfireHandlingInstructionFireAndProceed()
                : schedule.withMisfireHandlingInstructionDoNothing();
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(def.job()))
                .forJob(jobKey(def.job()))
                .withSchedule(schedule)
                .build();
    }

    /**
     * Whether a stored trigger already fires as wanted. Such a trigger is kept, not replaced: replacing would compute
     * its next fire time afresh and lose a firing missed while every node was down.
     */
    public static boolean sameSchedule(Trigger existing, CronTrigger wanted) {
        return existing instanceof CronTrigger cron
                && Objects.equals(cron.getCronExpression(), wanted.getCronExpression())
                && Objects.equals(cron.getTimeZone().getID(), wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction()
                && Objects.equals(cron.getJobKey(), wanted.getJobKey());
    }
}
