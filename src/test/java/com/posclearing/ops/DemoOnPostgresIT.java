package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/settle demo --config DIR} on a fresh PostgreSQL database, DIR holding the shipped example
 * config-examples/postgresql/application.properties with only the URL pointed at the test database: Flyway's
 * PostgreSQL migrations, the Batch JDBC repository and every statement of the job, with the figures of
 * {@link DemoFigures}.
 */
class DemoOnPostgresIT extends DemoFigures {
    @TempDir
    static Path work;
    static Path out;
    static String printed;
    static TestPostgres db;
    static Path config;

    @BeforeAll
    static void runDemo() throws Exception {
        db = TestPostgres.create();
        config = work.resolve("config");
        Files.createDirectories(config);
        List<String> example = Files.readAllLines(Path.of("config-examples/postgresql/application.properties"), StandardCharsets.UTF_8);
        String props = example.stream()
                .map(l -> l.startsWith("spring.datasource.url=") ? "spring.datasource.url=" + db.url() : l)
                .map(l -> l.startsWith("spring.datasource.username=") ? "spring.datasource.username=" + TestPostgres.USER : l)
                .map(l -> l.startsWith("spring.datasource.password=") ? "spring.datasource.password=" + TestPostgres.PASSWORD : l)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(config.resolve("application.properties"), props, StandardCharsets.UTF_8);
        out = work.resolve("out");
        printed = demo("--samples", "sample-files", "--config", config.toString(),
                "--data", work.resolve("data").toString(), "--out", out.toString(), "--operator", "e2e-pg");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Override
    List<String> databaseOptions() {
        return List.of("--config", config.toString(), "--data", work.resolve("data").toString());
    }

    @Override
    Path out() {
        return out;
    }

    @Override
    String printed() {
        return printed;
    }

    @Test
    void ranOnPostgresWithFlywayAndTheBatchJdbcRepository() throws SQLException {
        // the demo really used PostgreSQL, not the H2 default: its data folder holds no database file
        assertThat(work.resolve("data/db")).doesNotExist();
        assertThat(rows("SELECT version || ' ' || success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .containsExactly("1 true", "2 true", "3 true", "4 true", "5 true", "6 true", "7 true", "8 true", "10 true",
                        "13 true", "14 true", "15 true", "16 true", "17 true", "20 true", "21 true", "23 true", "24 true", "25 true",
                        "26 true", "27 true", "28 true");
        assertThat(rows("SELECT e.status || ' ' || p.parameter_value FROM batch_job_execution e JOIN batch_job_execution_params p"
                + " ON p.job_execution_id = e.job_execution_id WHERE p.parameter_name = 'businessDate' ORDER BY e.job_execution_id"))
                .containsExactly("COMPLETED 2026-12-30", "COMPLETED 2026-12-31", "COMPLETED 2027-01-01", "COMPLETED 2027-01-02");
        assertThat(rows("SELECT business_date || ' ' || run_no || ' ' || status || ' ' || operator FROM settlement_run"
                + " ORDER BY business_date")).containsExactly("2026-12-30 1 COMPLETED e2e-pg", "2026-12-31 1 COMPLETED e2e-pg",
                "2027-01-01 1 COMPLETED e2e-pg", "2027-01-02 1 COMPLETED e2e-pg");
        assertThat(rows("SELECT COUNT(*) FROM run_lock")).containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM batch_step_execution WHERE status = 'COMPLETED' AND step_name NOT LIKE '%:%'")).containsExactly("32");
        assertThat(rows("SELECT COUNT(*) FROM qrtz_locks")).containsExactly("0");
    }

    @Test
    void statusCommandReadsTheRunBackFromPostgres() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            code = SettleCommand.execute("status", "--date", "2026-12-31", "--config", config.toString(),
                    "--data", work.resolve("data").toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("2026-12-31 run 1: COMPLETED (by e2e-pg, started ")
                .contains("  step reports    COMPLETED ")
                .contains("  bank     DUPLICATE                1          888.00\n")
                .contains("  payouts 5 totalling 1700.73 yuan, delivered to the bank at ");
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
