package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two files of the same content under two names arrive together: loaded once, both archived, the money once. */
@Proves("the same content under two names: loaded once, the money once")
class SameFileTwiceIT {
    @TempDir
    Path work;

    @Test
    void aCopyUnderAnotherNameIsArchivedNotLoaded() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        for (String name : List.of("POSP_20261230_N01_001.csv", "IND26123032ACOMA")) {
            Files.copy(Path.of("sample-files", name), inbox.resolve(name));
        }
        Files.copy(Path.of("sample-files", "POSP_20261230_N01_001.csv"), inbox.resolve("POSP_20261230_N09_001.csv"));
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        try (TestDatabase db = TestDatabase.create(data)) {
            assertThat(SettleCommand.execute(db.withConfig("run", "--date", "2026-12-30", "--from-dir", inbox.toString(),
                    "--data", data.toString(), "--out", out.toString()))).isZero();

            assertThat(data.resolve("archive/20261230/POSP_20261230_N09_001.csv")).exists();
            assertThat(data.resolve("archive/20261230/POSP_20261230_N01_001.csv")).exists();
            assertThat(data.resolve("landing/20261230")).isEmptyDirectory();
            List<String> registered = new ArrayList<>();
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT file_name, records FROM input_file ORDER BY file_name")) {
                while (rs.next()) {
                    registered.add(rs.getString(1) + " " + rs.getLong(2));
                }
            }
            assertThat(registered).containsExactly("IND26123032ACOMA 16", "POSP_20261230_N01_001.csv 15");
            // the demo's hand-computed payouts of 2026-12-30: 4 payouts, 1,522,725 fen
            List<String> payouts = Files.readAllLines(out.resolve("20261230/payouts/PAYOUT_20261230.csv"));
            assertThat(payouts).hasSize(5);
            long totalFen = payouts.stream().skip(1).mapToLong(l -> new java.math.BigDecimal(l.split(",")[5]).movePointRight(2)
                    .longValueExact()).sum();
            assertThat(totalFen).isEqualTo(1_522_725L);
        }
    }
}
