package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.net.InetAddress;
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
 * SPEC 3.3, dates settle in order, through the command line on H2 and PostgreSQL: the first date of an installation
 * runs; a gap, an earlier date and a date whose D-1 failed are refused with a sentence naming D-1 and the command; a
 * second process during a run (paused in a child JVM) gets the run lock's sentence, never H2's "file is locked", and
 * D+1 waits for D. Once D-1 is finished, D opens on D-1's balances (the held 666.25 yuan of the demo).
 */
@Proves("a date settles only after the one before; a second process during a run gets the lock's sentence")
class RunOrderIT {
    @TempDir
    Path work;
    Path data;
    Path out;
    TestDatabase db;

    @BeforeEach
    void firstDateOfTheInstallation() throws Exception {
        data = work.resolve("data");
        out = work.resolve("out");
        db = TestDatabase.create(data);
        assertThat(settle("run", "--date", "2026-12-30", "--from-dir", "sample-files").code()).isZero();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aGapAnEarlierDateAndAFailedDayBeforeAreRefused() throws Exception {
        SftpRunIT.Run gap = settle("run", "--date", "2027-01-01", "--from-dir", "sample-files");
        assertThat(gap.code()).isEqualTo(1);
        assertThat(gap.err()).isEqualTo("settle: 2026-12-31 has not been settled, and 2027-01-01 settles only after it (its"
                + " balances and pending items are 2027-01-01's opening): first ops/settle run --date 2026-12-31" + System.lineSeparator());

        SftpRunIT.Run earlier = settle("run", "--date", "2026-12-29", "--from-dir", "sample-files");
        assertThat(earlier.code()).isEqualTo(1);
        assertThat(earlier.err()).contains("settle: 2026-12-29 is before 2026-12-30, the first date this installation settled;"
                + " dates settle in order, so 2026-12-29 cannot be settled here any more");

        Path empty = Files.createDirectories(work.resolve("empty"));
        assertThat(settle("run", "--date", "2026-12-31", "--from-dir", empty.toString()).code()).isEqualTo(4);
        SftpRunIT.Run afterFailure = settle("run", "--date", "2027-01-01", "--from-dir", "sample-files");
        assertThat(afterFailure.code()).isEqualTo(1);
        assertThat(afterFailure.err()).contains("settle: run 1 of 2026-12-31 is FAILED, and 2027-01-01 settles only after it"
                + " (its balances and pending items are 2027-01-01's opening): first ops/settle restart --date 2026-12-31");

        assertThat(db.column("SELECT business_date || ' ' || status FROM settlement_run ORDER BY business_date"))
                .containsExactly("2026-12-30 COMPLETED", "2026-12-31 FAILED");
        assertThat(db.column("SELECT COUNT(*) FROM run_lock")).containsExactly("0");
        // each command on record once at its start and once with its result, none lost
        assertThat(db.column("SELECT COUNT(*) || ' ' || COUNT(DISTINCT audit_id) || ' ' || MAX(audit_id) FROM audit_log"))
                .containsExactly("10 10 10");
    }

    @Test
    void aSecondProcessDuringARunGetsTheLockSentenceAndTheNextDateWaits() throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--date", "2026-12-31", "--from-dir", "sample-files", "--data",
                data.toString(), "--out", out.toString()));
        args.addAll(db.configArgs());
        Process child = ChildJvm.pausedAt("reconcile", data, work.resolve("child.log"), args);
        try {
            // another process reads the database while the run holds it (H2: through the run's own server)
            List<String> owners = db.column("SELECT owner || ' ' || business_date || ' ' || running_date FROM run_lock ORDER BY business_date");
            String owner = owners.get(0).split(" ")[0];
            assertThat(owner).startsWith(InetAddress.getLocalHost().getHostName() + ":" + child.pid() + ":");
            assertThat(owners).containsExactly(owner + " 2026-12-30 2026-12-31", owner + " 2026-12-31 2026-12-31");

            SftpRunIT.Run status = settle("status", "--date", "2026-12-31");
            assertThat(status.code()).isZero();
            String started = java.sql.Timestamp.valueOf(db.column("SELECT started_at FROM settlement_run WHERE business_date"
                    + " = DATE '2026-12-31'").get(0)).toLocalDateTime().withNano(0).toString();
            assertThat(status.out().lines()).contains("2026-12-31 run 1: STARTED (by " + System.getProperty("user.name")
                    + ", started " + started + ", running in " + owner + ")");
            assertThat(status.out() + status.err()).doesNotContain("locked");

            SftpRunIT.Run same = settle("run", "--date", "2026-12-31", "--from-dir", "sample-files");
            assertThat(same.code()).isEqualTo(1);
            assertThat(same.err()).isEqualTo("settle: 2026-12-31 is being run by " + owner + "; wait for it to end, then look at"
                    + " ops/settle status --date 2026-12-31" + System.lineSeparator());

            SftpRunIT.Run next = settle("run", "--date", "2027-01-01", "--from-dir", "sample-files");
            assertThat(next.code()).isEqualTo(1);
            assertThat(next.err()).isEqualTo("settle: 2026-12-31 is being run by " + owner + "; 2027-01-01 settles only after"
                    + " 2026-12-31 has settled; wait for it to end, then look at ops/settle status --date 2026-12-31"
                    + System.lineSeparator());

            SftpRunIT.Run rerun = settle("rerun", "--date", "2026-12-30", "--reason", "fee plan corrected");
            assertThat(rerun.code()).isEqualTo(1);
            assertThat(rerun.err()).isEqualTo("settle: 2026-12-30 is held by the run of 2026-12-31 (" + owner + "), which settles"
                    + " on its figures; wait for it to end, then look at ops/settle status --date 2026-12-31" + System.lineSeparator());
            assertThat(db.column("SELECT COUNT(*) FROM settlement_run WHERE business_date > DATE '2026-12-31' OR run_no > 1"))
                    .containsExactly("0");
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(settle("status", "--date", "2026-12-31").out().lines()).anyMatch(l -> l.startsWith("2026-12-31 run 1: STARTED")
                && l.endsWith(", stopped without finishing: ops/settle restart --date 2026-12-31)"));
        assertThat(settle("restart", "--date", "2026-12-31").code()).isZero();
        assertThat(settle("run", "--date", "2027-01-01", "--from-dir", "sample-files").code()).isZero();
        JsonNode day = new ObjectMapper().readTree(out.resolve("20270101/summary.json").toFile()).get("settlement");
        assertThat(day.get("openingFen").asLong()).isEqualTo(66_715L);
        assertThat(day.get("heldFen").asLong()).isEqualTo(132_825L);
        assertThat(day.get("balanced").asBoolean()).isTrue();
    }

    private SftpRunIT.Run settle(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString(), "--out", out.toString()));
        return SftpRunIT.settle(db.withConfig(all.toArray(String[]::new)));
    }
}
