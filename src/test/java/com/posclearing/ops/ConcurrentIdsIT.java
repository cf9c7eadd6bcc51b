package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids of audit_log came from MAX(audit_id) + 1: two processes recording at once got the same id, one failed with exit
 * 1 and its row was lost (seen on PostgreSQL). N processes now run the same date at once from the command line: one
 * runs it, the others are refused by the run lock, and every one of them has its two audit rows under distinct ids.
 */
@Proves("processes racing to run one date: one runs it, the others are refused by the run lock, no audit row lost")
class ConcurrentIdsIT {
    private static final int PROCESSES = 4;
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
    void concurrentCommandsEachKeepTheirAuditRows() throws Exception {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        db = TestDatabase.create(data);
        // the database exists (and is migrated) before the processes race
        assertThat(SettleCommand.execute(db.withConfig("status", "--data", data.toString()))).isZero();

        List<Process> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            List<String> command = new ArrayList<>(List.of(ChildJvm.javaBin(), "-cp", System.getProperty("java.class.path"),
                    SettleCommand.class.getName(), "run", "--date", "2026-12-30", "--from-dir", "sample-files", "--data",
                    data.toString(), "--out", out.toString(), "--operator", "op" + i));
            command.addAll(db.configArgs());
            children.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("child" + i + ".log").toFile()).start());
        }
        List<Integer> codes = new ArrayList<>();
        for (Process child : children) {
            assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
            codes.add(child.exitValue());
        }
        for (int i = 0; i < PROCESSES; i++) {
            String log = Files.readString(work.resolve("child" + i + ".log"), StandardCharsets.UTF_8);
            assertThat(log).as("child " + i).doesNotContain("Exception", "file is locked", "Unique index", "duplicate key");
        }
        assertThat(codes.stream().filter(c -> c == 0)).hasSize(1);
        assertThat(codes.stream().filter(c -> c == 1)).hasSize(PROCESSES - 1);

        assertThat(db.column("SELECT COUNT(*) || ' ' || COUNT(DISTINCT audit_id) FROM audit_log")).containsExactly("8 8");
        assertThat(db.column("SELECT operator || ' ' || COUNT(*) FROM audit_log GROUP BY operator ORDER BY operator"))
                .containsExactly("op0 2", "op1 2", "op2 2", "op3 2");
        assertThat(db.column("SELECT COUNT(*) FROM audit_log WHERE result LIKE 'exit 0: run 1 COMPLETED%'")).containsExactly("1");
        assertThat(db.column("SELECT COUNT(*) FROM settlement_run")).containsExactly("1");
    }
}
