package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 items 3–7 through the command line: what the engineer on call reads at 03:00. */
class OnCallIT {
    private static final String D = "2026-12-30";

    @TempDir
    Path work;

    @Test
    void badUsageExitsTwoWithOneSentence() throws Exception {
        assertThat(SftpRunIT.settle("frobnicate").code()).isEqualTo(2);
        assertThat(SftpRunIT.settle("run", "--no-such-option").code()).isEqualTo(2);
        assertThat(SftpRunIT.settle("run").code()).isEqualTo(2);
        assertThat(SftpRunIT.settle("rerun", "--date", D).code()).isEqualTo(2);
        SftpRunIT.Run empty = SftpRunIT.settle("rerun", "--date", D, "--reason", " ");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("settle: --reason is empty: say why 2026-12-30 is run again, e.g. --reason"
                + " \"debit rate corrected\"\n");
        SftpRunIT.Run noSuchDate = SftpRunIT.settle("status", "--date", "2026-02-30");
        assertThat(noSuchDate.code()).isEqualTo(2);
        assertThat(noSuchDate.err()).isEqualTo("settle: date: no such date: '2026-02-30'\n");
    }

    @Test
    void aBadCalendarStopsTheRunBeforeAnythingIsLoaded() throws Exception {
        Path config = Files.createDirectories(work.resolve("config"));
        Files.writeString(config.resolve("calendar.csv"), Files.readString(Path.of("config/calendar.csv")) + "2026-02-30,HOLIDAY\n");
        long line = Files.readAllLines(config.resolve("calendar.csv")).size();
        Path data = work.resolve("data");
        try (TestDatabase db = TestDatabase.create(data)) {
            db.writeInto(config);
            SftpRunIT.Run run = SftpRunIT.settle("run", "--date", D, "--from-dir", "sample-files", "--config",
                    config.toString(), "--data", data.toString(), "--out", work.resolve("out").toString(), "--user", "night");
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("settle: calendar.csv line " + line + " field date: no such date '2026-02-30'; correct it in "
                    + config.toAbsolutePath().normalize() + " (or the built-in defaults) and type the command again (nothing was run)\n");
            assertThat(data.resolve("landing")).doesNotExist();
            SftpRunIT.Run status = SftpRunIT.settle("status", "--config", config.toString(), "--data", data.toString());
            assertThat(status.out()).endsWith("no run yet\n");
        }
    }

    /** A worker of the partitioned reconcile step fails: the sentence names fee-plans.csv, not the partition handler. */
    @Test
    void theFailureOfAPartitionIsNamedEverywhere() throws Exception {
        Path config = Files.createDirectories(work.resolve("config"));
        Files.write(config.resolve("fee-plans.csv"), Files.readAllLines(Path.of("config/fee-plans.csv")).stream()
                .filter(l -> !l.startsWith("STD,CREDIT,")).toList());
        Path data = work.resolve("data");
        try (TestDatabase db = TestDatabase.create(data)) {
            db.writeInto(config);
            SftpRunIT.Run run = SftpRunIT.settle("run", "--date", D, "--from-dir", "sample-files", "--config",
                    config.toString(), "--data", data.toString(), "--out", work.resolve("out").toString());
            String cause = "fee-plans.csv field card_kind: fee plan STD of merchant 898310058120001 has no CREDIT row; add one to"
                    + " settle its CREDIT card transactions";
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("settle: run 1 of 2026-12-30 failed: " + cause + "\n");
            assertThat(run.out()).doesNotContain("\tat ");
            SftpRunIT.Run status = SftpRunIT.settle("status", "--config", config.toString(), "--data", data.toString());
            assertThat(status.out().lines().toList()).contains("            failed: " + cause
                    + "; to fix: correct the cause above, then: ops/settle restart --date 2026-12-30");
        }
    }

    @Test
    void logsAndStatusForPeople() throws Exception {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        try (TestDatabase db = TestDatabase.create(data)) {
            for (String d : List.of(D, "2026-12-31")) {
                SftpRunIT.Run run = SftpRunIT.settle(db.withConfig("run", "--date", d, "--from-dir", "sample-files", "--data",
                        data.toString(), "--out", out.toString(), "--user", "night"));
                assertThat(run.code()).isZero();
                // one line per step, none per bucket; every line of the run says which run it is about (a WARN for 倒挂)
                // (one more line each 5 s the step takes: a loaded machine may see two or three)
                List<String> reconcile = run.out().lines().filter(l -> l.contains("Progress - reconcile")).toList();
                assertThat(reconcile).hasSizeLessThan(8).last().asString().contains(": 64 buckets done in ");
                assertThat(run.out().lines().filter(l -> l.contains("bucket")).toList()).isEqualTo(reconcile);
                assertThat(run.out().lines().filter(l -> l.contains("Tasklet - ")))
                        .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO|WARN)  \\[[^]]+\\] \\[" + d
                                + " run 1\\] \\w+ - .*"));
                assertThat(run.out()).doesNotContain("Flyway upgrade recommended");
            }
            assertThat(Files.getPosixFilePermissions(out.resolve("20261230/payouts/PAYOUT_20261230.csv")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            SftpRunIT.Run status = SftpRunIT.settle(db.withConfig("status", "--data", data.toString(), "--days", "1"));
            List<String> lines = status.out().lines().filter(l -> !l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:.*")).toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("1 earlier dates not shown (--days N shows more)");
            assertThat(lines.get(1)).startsWith("2026-12-31  run 1  COMPLETED  by night, started ")
                    .endsWith("; payouts 5 totalling 1700.73 yuan, not yet delivered to the bank");
            assertThat(lines.get(2)).isEqualTo("details of a date: ops/settle status --date yyyy-MM-dd");
        }
    }

    @Test
    void statusCreatesNoDatabase() throws Exception {
        Path data = work.resolve("nothing-here");
        SftpRunIT.Run status = SftpRunIT.settle("status", "--data", data.toString());
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("no database in " + data.toAbsolutePath().normalize()
                + ": nothing has run with --data " + data + " yet (the demo's database is in data/demo)\n", "no run yet\n");
        assertThat(data).doesNotExist();
    }
}
