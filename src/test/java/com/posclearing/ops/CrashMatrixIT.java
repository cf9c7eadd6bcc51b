package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.generator.BulkGenerator;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.FileCopyUtils;

/**
 * The crash matrix: a run (or a rerun) of a generated night stopped at each named point with SIGKILL (SIGTERM at
 * every third), then {@code restart}: the outputs are byte for byte those of a run never interrupted, every payout id
 * once, and a watcher polling the output folder all along never saw a file under its final name with other bytes
 * (a partial file). Each case has a database of its own (H2 or PostgreSQL, {@link TestDatabase}). CI runs each point
 * with one of the three seeds in turn; {@code -Dcrash.matrix=full} runs every point with every seed.
 */
@Proves("kill -9 (or SIGTERM) at 12 named points of a run and a rerun, then restart: outputs byte-identical to an uninterrupted run, each payout id once, no partial file under a final name (H2 and PostgreSQL)")
class CrashMatrixIT {
    private static final BusinessDate DATE = BusinessDate.parse("2026-12-30");
    private static final long[] SEEDS = {11, 12, 13};
    /** Where a run is stopped; "rerun-" ones stop the second run of a date that completed once. */
    private static final List<String> POINTS = List.of("fetch", "ingest", "reconcile", "shares", "settle", "payout-ctl",
            "statements", "reports", "job-ended", "rerun-reconcile", "rerun-statements", "rerun-payout-ctl");
    @TempDir
    static Path work;
    /** Per seed: the outputs after an uninterrupted run, and after its rerun. */
    static final Map<Long, Map<String, byte[]>> FIRST = new HashMap<>();
    static final Map<Long, Map<String, byte[]>> RERUN = new HashMap<>();
    TestDatabase db;

    static Stream<Arguments> cases() {
        boolean full = "full".equals(System.getProperty("crash.matrix"));
        return IntStream.range(0, POINTS.size()).boxed().flatMap(i -> (full ? IntStream.range(0, SEEDS.length)
                : IntStream.of(i % SEEDS.length)).mapToObj(s -> Arguments.of(POINTS.get(i), SEEDS[s], i % 3 == 2)));
    }

    @BeforeAll
    static void uninterruptedRuns() throws Exception {
        for (long seed : SEEDS) {
            BulkGenerator.write(new BulkGenerator.Options(seed, 600, 12, DATE, 50), work.resolve("night-" + seed));
            Installation clean = new Installation(work.resolve("clean-" + seed), seed);
            try (TestDatabase cleanDb = TestDatabase.create(clean.data())) {
                clean.prepare(cleanDb);
                assertThat(SettleCommand.execute(clean.run())).isZero();
                FIRST.put(seed, files(clean.out()));
                assertThat(SettleCommand.execute(clean.rerun())).isZero();
                RERUN.put(seed, files(clean.out()));
            }
            assertThat(FIRST.get(seed)).containsKey("20261230/payouts/PAYOUT_20261230.ctl");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest(name = "{0} seed {1} sigterm {2}")
    @MethodSource("cases")
    void stoppedRunIsRestartedToTheSameBytes(String point, long seed, boolean term) throws Exception {
        boolean rerun = point.startsWith("rerun-");
        String pause = rerun ? point.substring("rerun-".length()) : point;
        Installation at = new Installation(work.resolve(point + "-" + seed), seed);
        db = TestDatabase.create(at.data());
        at.prepare(db);
        if (rerun) {
            assertThat(SettleCommand.execute(at.run())).isZero();
        }
        Map<String, byte[]> expected = rerun ? RERUN.get(seed) : FIRST.get(seed);
        Set<String> partial = new ConcurrentSkipListSet<>();
        OutputWatcher watcher = new OutputWatcher(at.out(), List.of(FIRST.get(seed), RERUN.get(seed)), partial);
        try {
            int exit = ChildJvm.stoppedAt(pause, term, at.data(), at.root().resolve("child.log"),
                    List.of(rerun ? at.rerun() : at.run()));
            assertThat(exit).isEqualTo(term ? 143 : 137);
            if (pause.equals("statements")) {
                // as if restarted on another host: the spilled statement lines are gone, they come from the tables
                FileSystemUtils.deleteRecursively(at.data().resolve("work"));
            }
            assertThat(SettleCommand.execute(at.restart())).as("restart on " + db.kind()).isZero();
        } finally {
            watcher.close();
        }

        Map<String, byte[]> restarted = files(at.out());
        assertThat(restarted.keySet()).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(restarted.get(name)).as(name).isEqualTo(expected.get(name));
        }
        assertThat(partial).as("files seen under their final name with bytes of no complete run").isEmpty();
        List<String> payoutIds = Files.readAllLines(at.out().resolve("20261230/payouts/PAYOUT_20261230.csv")).stream()
                .skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        long payouts = new String(expected.get("20261230/payouts/PAYOUT_20261230.csv")).lines().count() - 1;
        assertThat(payoutIds).doesNotHaveDuplicates().hasSize((int) payouts);
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** One installation: the generated night of {@code seed}, its own config (with the database), data and out. */
    record Installation(Path root, long seed) {
        Path data() {
            return root.resolve("data");
        }

        Path out() {
            return root.resolve("out");
        }

        Path config() {
            return root.resolve("config");
        }

        void prepare(TestDatabase db) throws IOException {
            Path generated = root.getParent().resolve("night-" + seed);
            Files.createDirectories(config());
            try (Stream<Path> files = Files.list(generated.resolve("config"))) {
                for (Path f : files.toList()) {
                    FileCopyUtils.copy(f.toFile(), config().resolve(f.getFileName()).toFile());
                }
            }
            db.writeInto(config());
        }

        String[] run() {
            return args("run", "--from-dir", root.getParent().resolve("night-" + seed + "/inbox").toString());
        }

        String[] rerun() {
            return args("rerun", "--reason", "crash matrix");
        }

        String[] restart() {
            return args("restart", "--operator", "on-call");
        }

        private String[] args(String command, String... more) {
            List<String> all = new ArrayList<>(List.of(command, "--date", DATE.toString()));
            all.addAll(List.of(more));
            all.addAll(List.of("--config", config().toString(), "--data", data().toString(), "--out", out().toString()));
            return all.toArray(String[]::new);
        }
    }
}
