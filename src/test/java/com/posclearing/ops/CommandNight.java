package com.posclearing.ops;

import com.posclearing.reliability.LetterTempDirs;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The folders and database of a test that runs nights through the command line: a fresh temp folder per test with
 * {@code inbox/}, {@code data/} and {@code out/}, and its {@link TestDatabase} (H2, or PostgreSQL under
 * {@code -Dpos.test.db=postgresql}), dropped after the test. Register with {@code @RegisterExtension}.
 */
final class CommandNight implements BeforeEachCallback, AfterEachCallback {
    private final String operator;
    private Path work;
    private Path inbox;
    private Path data;
    private Path out;
    private TestDatabase db;

    CommandNight(String operator) {
        this.operator = operator;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        work = LetterTempDirs.create("command-night-");
        inbox = Files.createDirectories(work.resolve("inbox"));
        data = work.resolve("data");
        out = work.resolve("out");
        db = TestDatabase.create(data);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (db != null) {
                db.close();
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    Path work() {
        return work;
    }

    Path inbox() {
        return inbox;
    }

    Path data() {
        return data;
    }

    Path out() {
        return out;
    }

    TestDatabase db() {
        return db;
    }

    /** {@code ops/settle ARGS --data --out --operator}, with the test database's config folder when it has one. */
    SftpRunIT.Run settle(String... args) throws Exception {
        return SftpRunIT.settle(db.withConfig(withFolders(args)));
    }

    /** As {@link #settle}, with {@code --config CONFIG} (the test database's datasource written into it). */
    SftpRunIT.Run settleWithConfig(Path config, String... args) throws Exception {
        db.writeInto(config);
        List<String> all = new ArrayList<>(List.of(withFolders(args)));
        all.addAll(List.of("--config", config.toString()));
        return SftpRunIT.settle(all.toArray(String[]::new));
    }

    private String[] withFolders(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", data.toString(), "--out", out.toString(), "--operator", operator));
        return all.toArray(String[]::new);
    }

    /** Rows of a query, columns joined by {@code |}. */
    List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
