package com.posclearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.schedule.internal.FireResult;
import com.posclearing.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.SchedulerException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two clustered scheduler nodes (two Spring contexts, real Quartz, one database: H2 or PostgreSQL, see {@link Nodes}) and a trigger firing every
 * second: business date 2026-12-30 (from a clock fixed at 2026-12-31 02:30 Shanghai, the JVM clock in UTC) is run
 * exactly once; every later firing, on either node, finds it done.
 */
class ClusteredSchedulerIT {
    private static final Clock NIGHT_OF_DEC_31 = Clock.fixed(OffsetDateTime.parse("2026-12-31T02:30:00+08:00").toInstant(),
            ZoneOffset.UTC);

    @TempDir
    Path work;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private TestDatabase db;
    private final Map<FireResult, AtomicInteger> results = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> firingsByNode = new ConcurrentHashMap<>();

    @AfterEach
    void stopNodes() throws SQLException {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void twoNodesFireTheSameTriggerAndTheDateRunsOnce() throws Exception {
        Path jobs = work.resolve("jobs");
        Nodes.everySecondFromSamples(jobs);
        db = Nodes.database(work);
        nodeA = Nodes.open(work, jobs, "node-a", NIGHT_OF_DEC_31, db);
        nodeB = Nodes.open(work, jobs, "node-b", NIGHT_OF_DEC_31, db);
        listen(nodeA, "node-a");
        listen(nodeB, "node-b");

        List<ScheduledJob> a = nodeA.getBean(ClearingScheduler.class).start();
        List<ScheduledJob> b = nodeB.getBean(ClearingScheduler.class).start();
        assertThat(a).extracting(j -> j.definition().job()).containsExactly("nightly-settlement");
        assertThat(b).extracting(j -> j.definition().job()).containsExactly("nightly-settlement");

        // the run, then at least three later firings that find the date done (bounded wait, not a timing assertion)
        awaitUntil(() -> count(FireResult.ALREADY_DONE) >= 3 || count(FireResult.RUN_FAILED) + count(FireResult.NEEDS_OPERATOR) > 0);
        nodeA.getBean(ClearingScheduler.class).stop();
        nodeB.getBean(ClearingScheduler.class).stop();

        assertThat(count(FireResult.RAN)).as("runs by this schedule, %s, per node %s", results, firingsByNode).isEqualTo(1);
        assertThat(count(FireResult.RUN_FAILED)).isZero();
        assertThat(count(FireResult.NEEDS_OPERATOR)).isZero();

        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("SELECT business_date, run_no, status, operator FROM settlement_run"))
                .hasSize(1)
                .first().satisfies(row -> {
                    assertThat(row.get("BUSINESS_DATE")).hasToString("2026-12-30");
                    assertThat(row.get("RUN_NO")).isEqualTo(1);
                    assertThat(row.get("STATUS")).isEqualTo("COMPLETED");
                    assertThat(row.get("OPERATOR")).isEqualTo("scheduler");
                });
        // the definition's inputDeadline 06:00 on D+1 in Shanghai, kept with the run but not identifying it
        assertThat(jdbc.queryForList("SELECT parameter_value || ' ' || identifying FROM batch_job_execution_params"
                + " WHERE parameter_name = 'inputDeadline'", String.class)).containsExactly("2026-12-30T22:00:00Z N");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = 'pos-clearing'"
                + " ORDER BY instance_name", String.class)).containsExactly("node-a", "node-b");
        assertThat(jdbc.queryForList("SELECT job_name FROM qrtz_job_details WHERE sched_name = 'pos-clearing'", String.class))
                .containsExactly("nightly-settlement");
        assertThat(Files.exists(work.resolve("out/20261230/summary.json"))).isTrue();
        assertThat(Files.exists(work.resolve("out/20261231"))).isFalse();
    }

    private void listen(ConfigurableApplicationContext node, String name) throws SchedulerException {
        Nodes.onFired(node, name, context -> {
            firingsByNode.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            if (context.getResult() instanceof FireResult r) {
                results.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet();
            }
        });
    }

    private int count(FireResult r) {
        AtomicInteger n = results.get(r);
        return n == null ? 0 : n.get();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 1200 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
