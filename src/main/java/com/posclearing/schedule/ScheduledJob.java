package com.posclearing.schedule;

import java.time.Instant;

/**
 * A job as registered in the schedule.
 *
 * @param nextFire the next fire time, or null when the cron never fires again
 */
public record ScheduledJob(JobDefinition definition, Instant nextFire) {
    /** e.g. {@code nightly-settlement: next at 2026-12-31T02:30 Asia/Shanghai (cron 0 30 2 * * ?)}. */
    public String describe() {
        String next = nextFire == null ? "never fires again"
                : "next at " + nextFire.atZone(definition.zone()).toLocalDateTime() + " " + definition.zone();
        return definition.job() + ": " + next + " (cron " + definition.cron() + ", business date " + definition.businessDate().key()
                + ", source " + definition.source() + ")";
    }
}
