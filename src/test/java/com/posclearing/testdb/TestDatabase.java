package com.posclearing.testdb;

import com.posclearing.h2server.H2Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The database of one test installation (one {@code --data} folder), chosen by the system property {@code pos.test.db}:
 * {@code h2} (default) is the zero-setup H2 file database the application keeps in {@code DATA/db/}; {@code postgresql}
 * is a fresh database of its own on the test server ({@link TestPostgres}: fails under {@code CI=true}, skips locally
 * when the server does not answer), dropped by {@link #close()}.
 *
 * <p>The application picks its database from a {@code --config} folder's {@code application.properties}: on PostgreSQL
 * {@link #writeInto(Path)} puts one into a folder a test already passes as {@code --config}, and {@link #configArgs()}
 * names a folder holding only that file for commands that pass none. On H2 both leave everything as it was.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String PROPERTY = "pos.test.db";

    private final Path dataDir;
    private final TestPostgres postgres;
    private final Path ownConfig;

    private TestDatabase(Path dataDir, TestPostgres postgres, Path ownConfig) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.ownConfig = ownConfig;
    }

    /** True when this test run uses PostgreSQL ({@code -Dpos.test.db=postgresql}). */
    public static boolean isPostgres() {
        String kind = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "h2", "" -> false;
            case "postgresql" -> true;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + "=" + kind + " is not one of: h2, postgresql");
        };
    }

    /**
     * The database of the installation whose {@code --data} folder is {@code dataDir}: on PostgreSQL a fresh one, with
     * its {@code application.properties} in the folder {@code dataDir}-db-config beside the data folder (not inside it:
     * the demo deletes parts of its data folder).
     */
    public static TestDatabase create(Path dataDir) {
        if (!isPostgres()) {
            return new TestDatabase(dataDir, null, null);
        }
        TestPostgres pg = TestPostgres.create();
        TestDatabase db = new TestDatabase(dataDir, pg, dataDir.resolveSibling(dataDir.getFileName() + "-db-config"));
        db.writeInto(db.ownConfig);
        return db;
    }

    /** Writes the datasource's {@code application.properties} into {@code configDir} (PostgreSQL); returns the folder. */
    public Path writeInto(Path configDir) {
        if (postgres == null) {
            return configDir;
        }
        try {
            Files.createDirectories(configDir);
            Files.writeString(configDir.resolve("application.properties"), properties(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configDir;
    }

    /** A {@code --config} folder holding only the datasource, or null on H2 (the built-in configuration). */
    public Path configDir() {
        return ownConfig;
    }

    /** {@code --config DIR} for a command that passes no config folder of its own; nothing on H2. */
    public List<String> configArgs() {
        return ownConfig == null ? List.of() : List.of("--config", ownConfig.toString());
    }

    /** {@code args} followed by {@link #configArgs()}. */
    public String[] withConfig(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(configArgs());
        return all.toArray(String[]::new);
    }

    /** A connection for direct queries; on H2 through the server of the data folder, as the commands connect. */
    public Connection connect() throws SQLException {
        if (postgres != null) {
            return postgres.connect();
        }
        return DriverManager.getConnection(H2Server.url(dataDir.resolve("db/clearing")), "sa", "");
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> column(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** "postgresql" or "h2", for messages. */
    public String kind() {
        return postgres == null ? "h2" : "postgresql";
    }

    /**
     * Drops the PostgreSQL database, after checking the installation really used it: a command that missed the
     * datasource would have quietly created the H2 default in {@code DATA/db/}.
     */
    @Override
    public void close() throws SQLException {
        if (postgres != null) {
            postgres.close();
            if (Files.exists(dataDir.resolve("db"))) {
                throw new AssertionError("a command of this test used H2 (" + dataDir.resolve("db")
                        + " exists) instead of its PostgreSQL database: pass configArgs() or writeInto(--config folder)");
            }
        }
    }

    /** The shipped example configuration with the URL and user pointed at the fresh database. */
    private String properties() throws IOException {
        List<String> example = Files.readAllLines(Path.of("config-examples/postgresql/application.properties"), StandardCharsets.UTF_8);
        return example.stream()
                .map(l -> l.startsWith("spring.datasource.url=") ? "spring.datasource.url=" + postgres.url() : l)
                .map(l -> l.startsWith("spring.datasource.username=") ? "spring.datasource.username=" + TestPostgres.USER : l)
                .map(l -> l.startsWith("spring.datasource.password=") ? "spring.datasource.password=" + TestPostgres.PASSWORD : l)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
