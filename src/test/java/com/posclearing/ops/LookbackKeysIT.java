package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate look-back reads the keys each run wrote beside its rows (data/keys/{D}/run-N, one file per bucket),
 * and the database when they are gone: 2027-01-01's terminal DUPLICATE of a record settled on an earlier date is found
 * either way.
 */
class LookbackKeysIT {
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
    void theLookBackFindsTheSameDuplicateFromTheKeyFilesAndWithoutThem() throws IOException {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        db = TestDatabase.create(data);
        for (String d : List.of("2026-12-30", "2026-12-31", "2027-01-01")) {
            assertThat(SettleCommand.execute(db.withConfig("run", "--date", d, "--from-dir", "sample-files", "--data",
                    data.toString(), "--out", out.toString()))).isZero();
        }
        try (Stream<Path> files = Files.list(data.resolve("keys/20261230/run-1"))) {
            assertThat(files.count()).isEqualTo(64);
        }
        JsonNode night = terminalOutcomes(out);
        assertThat(night.get("DUPLICATE").get("count").asLong()).isEqualTo(1);
        assertThat(night.get("DUPLICATE").get("amountFen").asLong()).isEqualTo(15600);

        deleteTree(data.resolve("keys"));
        Path config = db.writeInto(Files.createDirectories(work.resolve("config")));
        assertThat(SettleCommand.execute("rerun", "--date", "2027-01-01", "--reason", "look-back from the database",
                "--config", config.toString(), "--data", data.toString(), "--out", out.toString(), "--operator", "it")).isZero();

        assertThat(terminalOutcomes(out)).isEqualTo(night);
        try (Stream<Path> files = Files.list(data.resolve("keys/20270101/run-2"))) {
            assertThat(files.count()).isEqualTo(64);
        }
    }

    private static JsonNode terminalOutcomes(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("20270101/summary.json").toFile()).get("terminal").get("outcomes");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
