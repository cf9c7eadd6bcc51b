package com.posclearing.h2server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server of a data folder: started once, reused, one per folder, a stale port file replaced, stopped when idle. */
class H2ServerIT {
    @TempDir
    Path work;

    @Test
    void oneServerPerFolderReusedUntilStopped() throws Exception {
        Path db = work.resolve("db/clearing");
        String url = H2Server.url(db);
        long pid = serverPid(db);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        assertThat(H2Server.url(db)).isEqualTo(url);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 6 * 7")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }

        // a second server for the same folder sees the first and ends at once
        Process second = serverProcess(db, "600").start();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("db/clearing.server.log"), StandardCharsets.UTF_8))
                .contains("another process serves " + db);
        assertThat(serverPid(db)).isEqualTo(pid);

        H2Server.stop(db);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        // the port file names a dead process now: the next client starts a new server
        assertThat(db.resolveSibling("clearing.server.port")).exists();
        H2Server.url(db);
        assertThat(serverPid(db)).isNotEqualTo(pid);
        H2Server.stop(db);
    }

    @Test
    void aServerWithoutClientsStopsItself() throws Exception {
        Path db = work.resolve("db/clearing");
        Files.createDirectories(db.getParent());
        Process server = serverProcess(db, "1").start();
        assertThat(server.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(db.resolveSibling("clearing.server.port")).doesNotExist();
        assertThat(Files.readString(work.resolve("db/clearing.server.log"), StandardCharsets.UTF_8))
                .contains("serving " + db + " on 127.0.0.1:", "stopping: no client for 1 s");
    }

    private ProcessBuilder serverProcess(Path db, String idleSeconds) {
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), H2ServerMain.class.getName(), db.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("db/clearing.server.log").toFile()));
        pb.environment().put(H2Server.IDLE_ENV, idleSeconds);
        return pb;
    }

    private static long serverPid(Path db) throws Exception {
        return Long.parseLong(Files.readString(db.resolveSibling("clearing.server.port"), StandardCharsets.US_ASCII).trim().split(" ")[1]);
    }
}
