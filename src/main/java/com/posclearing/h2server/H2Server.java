package com.posclearing.h2server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.h2.tools.Server;

/**
 * One H2 TCP server process per database file {@code DB} ({@code DATA/db/clearing}). It binds 127.0.0.1 on a free
 * port and writes "PORT PID" to {@code DB.server.port} while it holds byte 0 of {@code DB.server.lock}, so a folder has
 * one server at most; a port file whose process is gone is stale and replaced. It stops itself after
 * {@value #IDLE_ENV} seconds (default 600) without a client. Byte 1 of the lock file guards the port file: a client
 * reading it touches it, and the server stops only if nobody did (a client between reading the port and connecting
 * is not left without a server).
 */
public final class H2Server {
    /** The hidden command of the executable jar that runs {@link #serve}. */
    public static final String COMMAND = "h2-server";
    static final String IDLE_ENV = "POS_CLEARING_H2_IDLE_SECONDS";
    private static final long DEFAULT_IDLE_SECONDS = 600;
    private static final long START_TIMEOUT_MILLIS = 60_000;
    private static final long SERVING = 0;
    private static final long PORT_FILE = 1;

    private H2Server() {
    }

    /** The JDBC URL of {@code db} through its server, started when none is serving it. */
    public static String url(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return "jdbc:h2:tcp://127.0.0.1:" + port(abs) + "/" + abs;
    }

    /** Stops the server of {@code db} if one runs (before its files are deleted), waiting for its exit. */
    public static synchronized void stop(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs.getParent())) {
            return;
        }
        live(abs).flatMap(server -> ProcessHandle.of(server.pid())).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the H2 server of " + abs + " (pid " + p.pid() + ") did not stop in 30 s", e);
            }
        });
    }

    /** A serving process: its port and pid. */
    private record Live(int port, long pid) {
    }

    private static synchronized int port(Path db) {
        try {
            Files.createDirectories(db.getParent());
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
            Process starting = null;
            while (true) {
                Optional<Live> server = live(db);
                if (server.isPresent()) {
                    return server.get().port();
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the H2 server of " + db + " did not start within "
                            + START_TIMEOUT_MILLIS / 1000 + " s: see " + file(db, ".server.log"));
                }
                // one that found the folder served (by a server now stopping) gives up: start another
                if (starting == null || !starting.isAlive()) {
                    starting = start(db);
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the H2 server of " + db + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the H2 server of " + db, e);
        }
    }

    /** The live server of {@code db} (touching the port file: a client is coming), or empty. */
    private static Optional<Live> live(Path db) {
        Path portFile = file(db, ".server.port");
        try (FileChannel lock = lockFile(db)) {
            lock.lock(PORT_FILE, 1, false); // released with the channel
            if (!Files.exists(portFile)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(portFile, StandardCharsets.US_ASCII).trim().split(" ");
            if (parts.length != 2 || !ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.empty();
            }
            Files.setLastModifiedTime(portFile, FileTime.from(Instant.now()));
            return Optional.of(new Live(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + portFile + ": " + e.getMessage(), e);
        }
    }

    private static Process start(Path db) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // its own session: a Ctrl-C to the command that started it does not reach it
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx")).forEach(command::add);
        command.add("-Dfile.encoding=UTF-8");
        String classPath = System.getProperty("java.class.path");
        if (isExecutableJar(classPath)) {
            command.addAll(List.of("-jar", classPath, COMMAND));
        } else {
            command.addAll(List.of("-cp", classPath, H2ServerMain.class.getName()));
        }
        command.add(db.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(file(db, ".server.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static boolean isExecutableJar(String classPath) throws IOException {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/") != null;
        }
    }

    /**
     * Serves {@code db} until idle, unless another process serves it already. Must run before any other use of H2 in
     * this JVM: H2 reads its bind address once.
     */
    public static void serve(Path db) throws IOException, SQLException, InterruptedException {
        System.setProperty("h2.bindAddress", "127.0.0.1");
        Path abs = db.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        try (FileChannel lock = lockFile(abs); FileLock serving = waitFor(lock)) {
            if (serving == null) {
                System.out.println(Instant.now() + " another process serves " + abs);
                return;
            }
            // this connection keeps the database open between commands and counts the clients
            try (Connection own = DriverManager.getConnection("jdbc:h2:" + abs + ";WRITE_DELAY=0", "sa", "")) {
                Server tcp = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
                try {
                    writePort(abs, tcp.getPort());
                    System.out.println(Instant.now() + " serving " + abs + " on 127.0.0.1:" + tcp.getPort()
                            + " (pid " + ProcessHandle.current().pid() + ")");
                    long idle = idleSeconds();
                    awaitIdle(abs, lock, own, idle);
                    System.out.println(Instant.now() + " stopping: no client for " + idle + " s");
                } finally {
                    tcp.stop();
                }
            }
        }
    }

    /** Byte 0 of the lock file, waited for 10 s: a server stopping idle may still hold it. */
    private static FileLock waitFor(FileChannel lock) throws IOException, InterruptedException {
        for (int i = 0; i < 200; i++) {
            FileLock held = lock.tryLock(SERVING, 1, false);
            if (held != null) {
                return held;
            }
            Thread.sleep(50);
        }
        return null;
    }

    private static void writePort(Path db, int port) throws IOException {
        Path portFile = file(db, ".server.port");
        Path tmp = file(db, ".server.port.tmp");
        Files.writeString(tmp, port + " " + ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Returns once no client was connected and none read the port file for {@code idle} seconds; removes the file. */
    private static void awaitIdle(Path db, FileChannel lock, Connection own, long idle) throws IOException, SQLException,
            InterruptedException {
        Path portFile = file(db, ".server.port");
        FileTime seen = Files.getLastModifiedTime(portFile);
        long idleSince = System.nanoTime();
        while (true) {
            Thread.sleep(Math.min(1000, idle * 500));
            if (clients(own) > 0 || !Files.getLastModifiedTime(portFile).equals(seen)) {
                seen = Files.getLastModifiedTime(portFile);
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince >= TimeUnit.SECONDS.toNanos(idle)) {
                FileLock held = lock.lock(PORT_FILE, 1, false);
                try {
                    if (clients(own) == 0 && Files.getLastModifiedTime(portFile).equals(seen)) {
                        Files.delete(portFile);
                        return;
                    }
                } finally {
                    held.release();
                }
            }
        }
    }

    private static int clients(Connection own) throws SQLException {
        try (Statement s = own.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getInt(1) - 1;
        }
    }

    private static long idleSeconds() {
        String value = System.getenv(IDLE_ENV);
        if (value == null || value.isBlank()) {
            return DEFAULT_IDLE_SECONDS;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(IDLE_ENV + "=" + value + " is not a number of seconds (1 or more)");
    }

    private static FileChannel lockFile(Path db) throws IOException {
        return FileChannel.open(file(db, ".server.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static Path file(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }
}
