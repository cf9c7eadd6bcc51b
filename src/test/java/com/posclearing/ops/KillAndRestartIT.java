package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * SIGKILL in the middle of matching and in the middle of writing statements; {@code restart} finishes the run and
 * its outputs are byte for byte those of a run that was never interrupted, with every payout id once. Each of the
 * three installations (clean, killed in reconcile, killed in statements) has a database of its own ({@link TestDatabase}:
 * H2 or PostgreSQL).
 */
@Proves("kill -9 mid-reconcile and mid-statements, then restart: outputs byte-identical to an uninterrupted run, each payout id once (H2 and PostgreSQL)")
class KillAndRestartIT {
    private static final String DATE = "2026-12-30";
    @TempDir
    static Path work;
    static Map<String, byte[]> uninterrupted;
    static TestDatabase cleanDb;
    TestDatabase db;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        Path data = work.resolve("clean/data");
        Path out = work.resolve("clean/out");
        cleanDb = TestDatabase.create(data);
        assertThat(SettleCommand.execute(cleanDb.withConfig("run", "--date", DATE, "--from-dir", "sample-files", "--data",
                data.toString(), "--out", out.toString()))).isZero();
        uninterrupted = files(out);
        assertThat(uninterrupted).containsKeys("20261230/payouts/PAYOUT_20261230.csv",
                "20261230/reports/fee_mismatches_20261230.csv").hasSize(18);
    }

    @AfterAll
    static void dropCleanDatabase() throws SQLException {
        if (cleanDb != null) {
            cleanDb.close();
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reconcile", "statements"})
    void killedRunIsRestartedToTheSameBytes(String step) throws Exception {
        Path data = work.resolve(step + "/data");
        Path out = work.resolve(step + "/out");
        db = TestDatabase.create(data);
        List<String> args = new ArrayList<>(List.of("run", "--date", DATE, "--from-dir", "sample-files", "--data",
                data.toString(), "--out", out.toString()));
        args.addAll(db.configArgs());
        killedAt(step, data, work.resolve(step + ".log"), args);
        if (step.equals("statements")) {
            // as if restarted on another host: the spilled statement lines are gone, the lines come from the tables
            assertThat(data.resolve("work/20261230/run-1/lines")).isDirectory();
            FileSystemUtils.deleteRecursively(data.resolve("work"));
        }

        assertThat(SettleCommand.execute(db.withConfig("restart", "--date", DATE, "--data", data.toString(), "--out",
                out.toString(), "--operator", "on-call"))).as("restart on " + db.kind()).isZero();

        Map<String, byte[]> restarted = files(out);
        assertThat(restarted.keySet()).isEqualTo(uninterrupted.keySet());
        for (String name : uninterrupted.keySet()) {
            assertThat(restarted.get(name)).as(name).isEqualTo(uninterrupted.get(name));
        }
        List<String> payoutIds = Files.readAllLines(out.resolve("20261230/payouts/PAYOUT_20261230.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(payoutIds).doesNotHaveDuplicates().hasSize(4);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /**
     * Runs {@code settle ARGS} in a child JVM that stops at the pause point {@code point} (see
     * {@code support.batch.PausePoint}), waits until it is there and kills it with SIGKILL.
     */
    static void killedAt(String point, Path data, Path log, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                "-Dclearing.pause-at=" + point, SettleCommand.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path paused = data.resolve(point + ".paused");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(paused) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(paused).as("the child reached the pause point " + point + " (log: " + log + ")").exists();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(child.exitValue()).isEqualTo(137);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
