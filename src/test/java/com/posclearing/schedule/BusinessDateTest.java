package com.posclearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.schedule.internal.Triggers;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;

/** D comes from the fire time in the definition's zone, whatever the zone of the JVM; the cron is read in that zone too. */
class BusinessDateTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private TimeZone jvmZone;

    @BeforeEach
    void serverInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void firingAfterMidnightInShanghaiIsTheDayBeforeThere() {
        Instant fired = OffsetDateTime.parse("2027-01-01T02:30:00+08:00").toInstant(); // 2026-12-31T18:30Z
        assertThat(BusinessDateRule.YESTERDAY.dateFor(fired, SHANGHAI)).isEqualTo(BusinessDate.of(2026, 12, 31));
        // read in the server's zone, the same instant would give 2026-12-30
        assertThat(BusinessDateRule.YESTERDAY.dateFor(fired, ZoneOffset.UTC)).isEqualTo(BusinessDate.of(2026, 12, 30));
    }

    @Test
    void firingJustBeforeAndAfterMidnight() {
        assertThat(BusinessDateRule.YESTERDAY.dateFor(OffsetDateTime.parse("2026-12-31T23:59:59+08:00").toInstant(), SHANGHAI))
                .isEqualTo(BusinessDate.of(2026, 12, 30));
        assertThat(BusinessDateRule.YESTERDAY.dateFor(OffsetDateTime.parse("2027-01-01T00:00:00+08:00").toInstant(), SHANGHAI))
                .isEqualTo(BusinessDate.of(2026, 12, 31));
        assertThat(BusinessDateRule.YESTERDAY.dateFor(OffsetDateTime.parse("2028-03-01T02:30:00+08:00").toInstant(), SHANGHAI))
                .isEqualTo(BusinessDate.of(2028, 2, 29));
    }

    @Test
    void cronFiresAt0230ShanghaiOnAUtcServer() {
        JobDefinition def = new JobDefinition("nightly-settlement", "0 30 2 * * ?", SHANGHAI, BusinessDateRule.YESTERDAY,
                MisfirePolicy.FIRE_ONCE_NOW, LocalTime.of(6, 0), "sftp", Path.of("jobs/nightly-settlement.yaml"));
        CronTrigger trigger = Triggers.trigger(def);
        Date after = Date.from(Instant.parse("2026-12-31T00:00:00Z"));
        Instant next = trigger.getFireTimeAfter(after).toInstant();
        assertThat(next).isEqualTo(Instant.parse("2026-12-31T18:30:00Z"));
        assertThat(BusinessDateRule.YESTERDAY.dateFor(next, def.zone())).isEqualTo(BusinessDate.of(2026, 12, 31));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void skipMeansDoNothingOnMisfire() {
        JobDefinition def = new JobDefinition("nightly-settlement", "0 30 2 * * ?", SHANGHAI, BusinessDateRule.YESTERDAY,
                MisfirePolicy.SKIP, LocalTime.of(6, 0), "sftp", Path.of("x.yaml"));
        assertThat(Triggers.trigger(def).getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
    }
}
