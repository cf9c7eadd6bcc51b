package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.generator.BulkGenerator;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.reliability.Proves;
import com.posclearing.testdb.CountingDriver;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileCopyUtils;

/**
 * No step of the night issues a statement per record (issue 13): the same night at 500 and at 2,000 terminal records
 * (same merchants, same seed, batches of 50) runs through a driver that counts every round trip by its SQL, and each
 * statement makes as many round trips at 2,000 records as at 500 (the insert of the open outcomes: one per bucket that
 * has some, at both sizes). A query or an insert per record, per break or per batch would make four times as many.
 */
@Proves("no statement per record: a night four times larger makes the same database round trips, statement by statement")
class StatementsPerNightIT {
    private static final BusinessDate DATE = BusinessDate.parse("2026-12-30");
    private static final int MERCHANTS = 12;

    @TempDir
    Path work;

    @Test
    void aNightFourTimesLargerMakesTheSameRoundTripsStatementByStatement() throws Exception {
        Map<String, Long> small = night(500);
        Map<String, Long> large = night(2_000);

        List<String> grown = new ArrayList<>();
        for (String sql : new TreeSet<>(union(small, large))) {
            long before = small.getOrDefault(sql, 0L);
            long after = large.getOrDefault(sql, 0L);
            if (after != before) {
                grown.add(before + " → " + after + ": " + sql);
            }
        }
        assertThat(grown).as("round trips that grew with the records").isEmpty();
        // the driver saw the night: the job's own statements and those of Spring Batch's repository
        assertThat(small.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(200);
        assertThat(small.keySet()).anyMatch(sql -> sql.contains("recon_outcome"))
                .anyMatch(sql -> sql.contains("BATCH_STEP_EXECUTION"));
    }

    private static TreeSet<String> union(Map<String, Long> a, Map<String, Long> b) {
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** The round trips of one night of {@code records} terminal records, in an installation of its own. */
    private Map<String, Long> night(int records) throws Exception {
        Path root = work.resolve("n" + records);
        Path generated = root.resolve("generated");
        BulkGenerator.write(new BulkGenerator.Options(13, records, MERCHANTS, DATE, 50), generated);
        Path config = Files.createDirectories(root.resolve("config"));
        try (Stream<Path> files = Files.list(generated.resolve("config"))) {
            for (Path f : files.toList()) {
                FileCopyUtils.copy(f.toFile(), config.resolve(f.getFileName()).toFile());
            }
        }
        try (TestDatabase db = TestDatabase.create(root.resolve("data"))) {
            counting(db.writeInto(config));
            CountingDriver.reset();
            assertThat(SettleCommand.execute("run", "--date", DATE.toString(), "--from-dir",
                    generated.resolve("inbox").toString(), "--config", config.toString(), "--data",
                    root.resolve("data").toString(), "--out", root.resolve("out").toString())).isZero();
            Map<String, Long> counts = new HashMap<>(CountingDriver.counts());
            // open outcomes are few (3 %): a bucket without any inserts none, so that insert runs once per bucket that has some
            long bucketsWithOpen = Long.parseLong(db.column("SELECT COUNT(DISTINCT bucket) FROM recon_open").get(0));
            List<String> openInserts = counts.keySet().stream().filter(sql -> sql.startsWith("INSERT INTO recon_open (")).toList();
            if (TestDatabase.isPostgres()) {
                assertThat(openInserts).as("COPY, not counted by the driver").isEmpty();
            } else {
                assertThat(openInserts).singleElement().satisfies(sql -> assertThat(counts.remove(sql)).isEqualTo(bucketsWithOpen));
            }
            return counts;
        }
    }

    /** Points the installation's datasource at the counting driver, in front of H2's server or PostgreSQL. */
    private static void counting(Path config) throws IOException {
        Path file = config.resolve("application.properties");
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.startsWith("spring.datasource.url=jdbc:")
                    ? "spring.datasource.url=" + CountingDriver.PREFIX + l.substring("spring.datasource.url=jdbc:".length()) : l);
        }
        if (lines.stream().noneMatch(l -> l.startsWith("spring.datasource.url="))) {
            out.add("spring.datasource.url=" + CountingDriver.PREFIX + "${clearing.h2-server.url};WRITE_DELAY=0");
            out.add("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass=org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        }
        out.add("spring.datasource.driver-class-name=" + CountingDriver.class.getName());
        Files.write(file, out, StandardCharsets.UTF_8);
    }
}
