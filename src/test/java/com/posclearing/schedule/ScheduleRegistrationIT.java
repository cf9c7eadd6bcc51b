package com.posclearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registering the definitions (without starting the scheduler) on the real QRTZ_ tables of H2 or PostgreSQL: idempotent, an
 * unchanged trigger is kept as stored, a changed one is replaced, a removed definition is unscheduled.
 */
class ScheduleRegistrationIT {
    private static final String TRIGGER = "SELECT t.next_fire_time, t.misfire_instr, c.cron_expression, c.time_zone_id FROM qrtz_triggers t"
            + " JOIN qrtz_cron_triggers c ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name"
            + " AND c.trigger_group = t.trigger_group WHERE t.sched_name = 'pos-clearing'";

    @TempDir
    Path work;
    private ConfigurableApplicationContext node;
    private TestDatabase db;

    @AfterEach
    void close() throws SQLException {
        if (node != null) {
            node.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void registrationIsIdempotentAndFollowsTheDefinitions() throws Exception {
        Path jobs = work.resolve("jobs");
        Files.createDirectories(jobs);
        Path def = jobs.resolve("nightly-settlement.yaml");
        Files.copy(Path.of("jobs/nightly-settlement.yaml"), def);
        db = Nodes.database(work);
        node = Nodes.open(work, jobs, "node-a", Clock.systemUTC(), db);
        ClearingScheduler scheduler = node.getBean(ClearingScheduler.class);
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

        List<ScheduledJob> first = scheduler.register();
        List<Map<String, Object>> stored = jdbc.queryForList(TRIGGER);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).containsEntry("CRON_EXPRESSION", "0 30 2 * * ?").containsEntry("TIME_ZONE_ID", "Asia/Shanghai")
                .containsEntry("MISFIRE_INSTR", 1); // MISFIRE_INSTRUCTION_FIRE_ONCE_NOW
        assertThat(first).hasSize(1);
        assertThat(first.get(0).nextFire().atZone(first.get(0).definition().zone()).toLocalTime()).hasToString("02:30");
        assertThat(stored.get(0).get("NEXT_FIRE_TIME")).isEqualTo(first.get(0).nextFire().toEpochMilli());

        List<ScheduledJob> again = scheduler.register();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForList(TRIGGER)).isEqualTo(stored);

        Files.writeString(def, Files.readString(def).replace("0 30 2 * * ?", "0 0 3 * * ?").replace("fire-once-now", "skip"));
        List<ScheduledJob> changed = scheduler.register();
        assertThat(jdbc.queryForList(TRIGGER)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("CRON_EXPRESSION", "0 0 3 * * ?").containsEntry("MISFIRE_INSTR", 2);
            assertThat(row.get("NEXT_FIRE_TIME")).isEqualTo(changed.get(0).nextFire().toEpochMilli());
        });
        assertThat(changed.get(0).nextFire().atZone(changed.get(0).definition().zone()).toLocalTime()).hasToString("03:00");

        Files.move(def, jobs.resolve("renamed.yaml.off"));
        Files.writeString(jobs.resolve("other.yaml"), "job: nightly-settlement\nschedule: {cron: \"0 0 4 * * ?\"}\n");
        scheduler.register();
        assertThat(jdbc.queryForList("SELECT job_name FROM qrtz_job_details", String.class)).containsExactly("nightly-settlement");
        assertThat(jdbc.queryForList("SELECT cron_expression FROM qrtz_cron_triggers", String.class)).containsExactly("0 0 4 * * ?");
    }
}
