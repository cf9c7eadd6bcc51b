package com.posclearing.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import com.posclearing.testdb.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * N threads, each with its own connections, take ids of one counter at once on the job's schema (Flyway, V10 counters
 * started from MAX of existing rows): N x IDS distinct ids, no error, the counter at the last one. MAX(id) + 1 gave
 * several threads the same id here. H2 file database by default, PostgreSQL with -Dpos.test.db=postgresql.
 */
class IdCounterIT {
    private static final int THREADS = 8;
    private static final int IDS = 40;
    @TempDir
    Path work;

    @Test
    void concurrentThreadsGetDistinctIdsAfterTheExistingRows() throws Exception {
        String url;
        TestPostgres pg = null;
        if (TestDatabase.isPostgres()) {
            pg = TestPostgres.create();
            url = pg.url();
        } else {
            url = "jdbc:h2:file:" + work.resolve("ids") + ";AUTO_SERVER=TRUE";
        }
        try {
            DriverManagerDataSource ds = new DriverManagerDataSource(url, TestPostgres.USER, TestPostgres.PASSWORD);
            if (pg == null) {
                ds.setUsername("sa");
                ds.setPassword("");
            }
            Flyway.configure().dataSource(ds).placeholders(Map.of("bigint", "BIGINT")).target("8")
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + (pg == null ? "h2" : "postgresql"))
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            // an installation from before V10 with audit rows 1..5
            for (int i = 1; i <= 5; i++) {
                jdbc.update("INSERT INTO audit_log (audit_id, at_time, operator, command, arguments) VALUES (?, CURRENT_TIMESTAMP,"
                        + " 'op', 'run', '--date 2026-12-30')", i);
            }
            Flyway.configure().dataSource(ds).placeholders(Map.of("bigint", "BIGINT"))
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + (pg == null ? "h2" : "postgresql"))
                    .load().migrate();
            IdCounter ids = new IdCounter(jdbc, new JdbcTransactionManager(ds));

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<Long>> work = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < IDS; i++) {
                        long id = ids.next(IdCounter.AUDIT_LOG);
                        jdbc.update("INSERT INTO audit_log (audit_id, at_time, operator, command, arguments) VALUES (?,"
                                + " CURRENT_TIMESTAMP, 'op', 'run', '--date 2026-12-30')", id);
                        mine.add(id);
                    }
                    return mine;
                };
                taken.add(pool.submit(work));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : taken) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(all).hasSize(THREADS * IDS).doesNotHaveDuplicates().allMatch(id -> id > 5 && id <= 5 + THREADS * IDS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class)).isEqualTo(5L + THREADS * IDS);
            assertThat(jdbc.queryForObject("SELECT last_id FROM id_counter WHERE counter_name = 'audit_log'", Long.class))
                    .isEqualTo(5L + THREADS * IDS);
            assertThat(jdbc.queryForList("SELECT counter_name || '=' || last_id FROM id_counter ORDER BY counter_name", String.class))
                    .containsExactly("adjustment=0", "audit_log=325", "input_file=0");
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }
}
