package com.posclearing.schedule;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.quartz.CronExpression;

/**
 * One {@code jobs/*.yaml} file: which job runs when, and for which business date.
 *
 * @param job           the batch job to run ({@code nightly-settlement} or {@code agent-month})
 * @param cron          Quartz cron expression, read in {@code zone}
 * @param zone          the zone of the cron and of the business date (Asia/Shanghai)
 * @param businessDate  how D is derived from the fire time
 * @param misfire       what a missed firing does
 * @param inputDeadline local time in {@code zone} after which missing inputs end the run (exit code 4)
 * @param source        where inputs come from: {@code sftp} or {@code dir:PATH}
 * @param file          the definition file, for messages
 */
public record JobDefinition(String job, String cron, ZoneId zone, BusinessDateRule businessDate, MisfirePolicy misfire,
        LocalTime inputDeadline, String source, Path file) {

    public JobDefinition {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(misfire, "misfire");
        Objects.requireNonNull(inputDeadline, "inputDeadline");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            throw new JobDefinitionException(file, "schedule.cron", "'" + cron + "' is not a Quartz cron expression");
        }
    }
}
