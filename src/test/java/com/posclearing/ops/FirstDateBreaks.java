package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh test database on which 2026-12-30 was run from {@link #inputs()} (sample-files): three OPEN breaks to work on.
 * Every command gets the {@code --config} folder {@link #config}: the test database and the lines of {@link #properties}.
 */
abstract class FirstDateBreaks {
    /** The three breaks of 2026-12-30: M02's bank-only 77.00, M02's 158.00 cleared as 185.00, M06's (CLOSED) 99.00. */
    static final String MISSING = "BRK-20261230-B-58120202-261230000016";
    static final String MISMATCH = "BRK-20261230-T-58120201-261230000009";
    static final String REJECTED = "BRK-20261230-T-58120601-261230000015";

    @TempDir
    Path work;
    Path data;
    Path out;
    Path config;
    TestDatabase db;

    @BeforeEach
    void firstDate() throws IOException {
        data = work.resolve("data");
        out = work.resolve("out");
        db = TestDatabase.create(data);
        config = Files.createDirectories(work.resolve("config"));
        prepare();
        assertThat(settle("run", "--date", "2026-12-30", "--from-dir", inputs().toString()).exitCode()).isZero();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    /** Before the first run: its settings (none by default). */
    void prepare() throws IOException {
        properties();
    }

    /** The folder the runs take their input files from; a test may prepare its own. */
    Path inputs() throws IOException {
        return Path.of("sample-files");
    }

    /** Replaces the settings of the following commands (application.properties lines) by {@code lines}. */
    void properties(String... lines) throws IOException {
        Path file = config.resolve("application.properties");
        Files.deleteIfExists(file);
        db.writeInto(config);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    Cli.Result settle(String... args) {
        return Cli.run(db, Stream.concat(Arrays.stream(args), Stream.of("--data", data.toString(), "--out", out.toString(),
                "--config", config.toString())).toArray(String[]::new));
    }
}
