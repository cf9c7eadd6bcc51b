package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh test database on which 2026-12-30 was run from sample-files: three OPEN breaks to work on. */
abstract class FirstDateBreaks {
    @TempDir
    Path work;
    Path data;
    Path out;
    TestDatabase db;

    @BeforeEach
    void firstDate() {
        data = work.resolve("data");
        out = work.resolve("out");
        db = TestDatabase.create(data);
        assertThat(settle("run", "--date", "2026-12-30", "--from-dir", "sample-files").exitCode()).isZero();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    Cli.Result settle(String... args) {
        return Cli.run(db, Stream.concat(Arrays.stream(args), Stream.of("--data", data.toString(), "--out", out.toString()))
                .toArray(String[]::new));
    }
}
