package com.posclearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/settle scheduler} as a real process: prints each job's next fire time, stops on SIGTERM with exit 0. The
 * process uses the test's database ({@link TestDatabase}: H2 or PostgreSQL).
 */
class SchedulerCommandIT {
    @TempDir
    Path work;
    TestDatabase db;

    @BeforeEach
    void database() {
        db = TestDatabase.create(work.resolve("data"));
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void runsUntilSigtermThenExitsZero() throws Exception {
        Path jobs = work.resolve("jobs");
        Files.createDirectories(jobs);
        Files.copy(Path.of("jobs/nightly-settlement.yaml"), jobs.resolve("nightly-settlement.yaml"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = work.resolve("scheduler.log"); // a file: Process.destroy() closes the pipes before the process ends
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dpos.clearing.home=" + Path.of("").toAbsolutePath(), "-Dclearing.jobs-dir=" + jobs,
                "com.posclearing.ops.SettleCommand", "scheduler", "--data", work.resolve("data").toString(),
                "--out", work.resolve("out").toString()));
        command.addAll(db.configArgs());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            for (int i = 0; i < 1200 && p.isAlive() && !output(log).stream().anyMatch(l -> l.startsWith("scheduler: running")); i++) {
                Thread.sleep(100);
            }
            assertThat(p.isAlive()).as("started: %s", output(log)).isTrue();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("stopped: %s", output(log)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = output(log);
        assertThat(p.exitValue()).as("exit code, output %s", lines).isZero();
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("scheduler: nightly-settlement: next at \\d{4}-\\d{2}-\\d{2}T02:30"
                + " Asia/Shanghai \\(cron 0 30 2 \\* \\* \\?, business date yesterday, source sftp\\)"));
        assertThat(lines).contains("scheduler: stopping; waiting for a running job to finish", "scheduler: stopped");
    }

    @Test
    void aBadDefinitionStopsTheSchedulerWithOneSentence() throws Exception {
        Path jobs = work.resolve("jobs");
        Files.createDirectories(jobs);
        Path bad = Files.writeString(jobs.resolve("nightly-settlement.yaml"), "job: nightly-settlement\nschedule: {cron: \"0 30 2 * * ?\", misfire: later}\n");
        Path log = work.resolve("scheduler.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "-Dclearing.jobs-dir=" + jobs,
                "com.posclearing.ops.SettleCommand", "scheduler", "--data", work.resolve("data").toString(), "--out",
                work.resolve("out").toString()));
        command.addAll(db.configArgs());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended: %s", output(log)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(output(log)).contains("settle: job definition " + bad + ": schedule.misfire: 'later' is not one of: fire-once-now, skip");
    }

    private static List<String> output(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }
}
