package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.generator.BulkGenerator;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileCopyUtils;

/**
 * 22 processes at once on one database (H2 through its server, or PostgreSQL): 20 × {@code run} of 2027-03-06 and a
 * rerun each of 2027-03-01 and 2027-03-03, after five settled nights. The 03-06 run that wins the lock is held at a
 * pause point until every other process has ended, so the 19 others meet the lock itself, not a finished date: each is
 * refused with exit 1 and the lock's sentence, while the two reruns (whose locks, D and D-1, are other rows) complete.
 * Every process keeps its two audit rows under distinct ids (ids once came from MAX + 1 and collided on PostgreSQL).
 */
@Proves("22 processes at once: one run per date proceeds, the others are refused by the run lock with a sentence")
class ConcurrentRunsIT {
    private static final int SAME_DATE = 20;
    private static final BusinessDate FIRST = BusinessDate.parse("2027-03-01");
    private static final BusinessDate RACED = BusinessDate.parse("2027-03-06");
    /** Small heaps and the C1 compiler only: 22 JVMs start on two cores. */
    private static final List<String> LEAN = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    @TempDir
    Path work;
    TestDatabase db;

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void oneRunPerDateProceedsAndEveryOtherIsRefusedByTheLock() throws Exception {
        Path config = work.resolve("config");
        for (int day = 0; day < 6; day++) {
            BusinessDate date = FIRST.plusDays(day);
            BulkGenerator.write(new BulkGenerator.Options(5, 120, 8, date, 40), work.resolve("night-" + date));
        }
        Files.createDirectories(config);
        try (Stream<Path> files = Files.list(work.resolve("night-" + FIRST + "/config"))) {
            for (Path f : files.toList()) {
                FileCopyUtils.copy(f.toFile(), config.resolve(f.getFileName()).toFile());
            }
        }
        db = TestDatabase.create(work.resolve("data"));
        db.writeInto(config);
        for (int day = 0; day < 5; day++) {
            assertThat(SettleCommand.execute(run(FIRST.plusDays(day), "setup"))).isZero();
        }

        List<Process> raced = new ArrayList<>();
        List<String> pause = new ArrayList<>(LEAN);
        pause.addAll(List.of("-Dclearing.pause-at=reconcile", "-Dclearing.pause-dir=" + work.resolve("data")));
        for (int i = 0; i < SAME_DATE; i++) {
            raced.add(ChildJvm.start(pause, log("run", i), List.of(run(RACED, "op" + i))));
        }
        List<Process> reruns = List.of(
                ChildJvm.start(LEAN, log("rerun", 1), List.of(rerun(FIRST))),
                ChildJvm.start(LEAN, log("rerun", 3), List.of(rerun(FIRST.plusDays(2)))));

        // everyone but the lock's holder ends while it waits at its pause point; then it is let go
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (raced.stream().filter(Process::isAlive).count() > 1 || reruns.stream().anyMatch(Process::isAlive)) {
            assertThat(System.nanoTime()).as("the raced processes ended in 300 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(work.resolve("data/reconcile.paused")).as("the winner waits at its pause point").exists();
        Files.writeString(work.resolve("data/reconcile.release"), "go");
        List<Integer> codes = new ArrayList<>();
        for (Process p : raced) {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            codes.add(p.exitValue());
        }
        for (int r : new int[] {1, 3}) {
            assertThat(reruns.get(r / 2).exitValue()).as("the rerun of 2027-03-0%d while 2027-03-06 runs: %s", r,
                    Files.readString(log("rerun", r), StandardCharsets.UTF_8)).isZero();
        }

        assertThat(codes.stream().filter(c -> c == 0)).hasSize(1);
        assertThat(codes.stream().filter(c -> c == ExitCodes.FAILURE)).hasSize(SAME_DATE - 1);
        int refused = 0;
        for (int i = 0; i < SAME_DATE; i++) {
            String out = Files.readString(log("run", i), StandardCharsets.UTF_8);
            assertThat(out).as("run " + i).doesNotContain("Exception", "file is locked", "Unique index", "duplicate key");
            if (codes.get(i) != 0) {
                assertThat(out).as("run " + i).containsPattern("settle: 2027-03-06 is being run by [^ ]+:\\d+:\\d+; wait for it"
                        + " to end, then look at ops/settle status --date 2027-03-06");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(SAME_DATE - 1);

        assertThat(db.column("SELECT business_date || ' ' || COUNT(*) || ' ' || MAX(status) FROM settlement_run"
                + " GROUP BY business_date ORDER BY business_date")).containsExactly("2027-03-01 2 COMPLETED",
                "2027-03-02 1 COMPLETED", "2027-03-03 2 COMPLETED", "2027-03-04 1 COMPLETED", "2027-03-05 1 COMPLETED",
                "2027-03-06 1 COMPLETED");
        // 5 setup runs + 22 processes, two rows each (started, result), no id twice
        assertThat(db.column("SELECT COUNT(*) || ' ' || COUNT(DISTINCT audit_id) FROM audit_log")).containsExactly("54 54");
        assertThat(db.column("SELECT COUNT(*) FROM audit_log WHERE result LIKE 'exit 1: 2027-03-06 is being run by%'"))
                .containsExactly(Integer.toString(SAME_DATE - 1));
        assertThat(db.column("SELECT COUNT(*) FROM run_lock")).containsExactly("0");
    }

    private Path log(String kind, int i) {
        return work.resolve(kind + "-" + i + ".log");
    }

    private String[] run(BusinessDate date, String operator) {
        return args("run", date, "--from-dir", work.resolve("night-" + date + "/inbox").toString(), "--operator", operator);
    }

    private String[] rerun(BusinessDate date) {
        return args("rerun", date, "--reason", "race of 22", "--operator", "rerun-" + date);
    }

    private String[] args(String command, BusinessDate date, String... more) {
        List<String> all = new ArrayList<>(List.of(command, "--date", date.toString()));
        all.addAll(List.of(more));
        all.addAll(List.of("--config", work.resolve("config").toString(), "--data", work.resolve("data").toString(),
                "--out", work.resolve("out").toString()));
        return all.toArray(String[]::new);
    }
}
