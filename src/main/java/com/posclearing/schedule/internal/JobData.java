package com.posclearing.schedule.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.schedule.BusinessDateRule;
import com.posclearing.schedule.JobDefinition;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.quartz.JobDataMap;

/**
 * What a firing needs from its definition, kept as strings in the Quartz job data so that the node which fires reads
 * the definition registered last, whichever node registered it.
 */
record JobData(String job, ZoneId zone, BusinessDateRule businessDate, String source, String file,
        Optional<LocalTime> inputDeadline) {
    private static final String JOB = "job";
    private static final String ZONE = "timeZone";
    private static final String DATE = "businessDate";
    private static final String SOURCE = "source";
    private static final String FILE = "definition";
    private static final String DEADLINE = "inputDeadline";

    static JobData of(JobDefinition def) {
        return new JobData(def.job(), def.zone(), def.businessDate(), def.source(), def.file().toString(),
                Optional.of(def.inputDeadline()));
    }

    static JobData from(JobDataMap map) {
        String rule = map.getString(DATE);
        return new JobData(map.getString(JOB), ZoneId.of(map.getString(ZONE)), BusinessDateRule.ofKey(rule)
                .orElseThrow(() -> new IllegalStateException("stored job data has an unknown businessDate rule " + rule)),
                map.getString(SOURCE), map.getString(FILE),
                // absent only in data stored by an older version: the sources' own deadlines apply until re-registered
                Optional.ofNullable(map.getString(DEADLINE)).map(LocalTime::parse));
    }

    /** The night's input deadline of D: {@code inputDeadline} on D+1 in the definition's zone. */
    Optional<ZonedDateTime> inputDeadlineOf(BusinessDate date) {
        return inputDeadline.map(t -> date.value().plusDays(1).atTime(t).atZone(zone));
    }

    JobDataMap toMap() {
        JobDataMap map = new JobDataMap();
        map.put(JOB, job);
        map.put(ZONE, zone.getId());
        map.put(DATE, businessDate.key());
        map.put(SOURCE, source);
        map.put(FILE, file);
        inputDeadline.ifPresent(t -> map.put(DEADLINE, t.toString()));
        return map;
    }
}
