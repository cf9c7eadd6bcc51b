package com.posclearing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The per-run counts of sample-files/README.md, written here by hand a second time (SPEC 3.1, carry window 2). */
class ExpectedOutcomesTest {

    private static Map<String, Long> counts(String run, String side) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-files/expected-outcomes.csv"));
        Map<String, Long> m = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[0].equals(run) && c[1].equals(side)) {
                m.merge(c[9], 1L, Long::sum);
            }
        }
        return m;
    }

    @Test
    void run20261230() throws IOException {
        assertThat(counts("2026-12-30", "terminal")).isEqualTo(Map.of("MATCHED", 10L, "AMOUNT_MISMATCH", 1L,
                "PENDING", 1L, "VOIDED", 2L, "REJECTED", 1L));
        assertThat(counts("2026-12-30", "bank")).isEqualTo(Map.of("MATCHED", 10L, "AMOUNT_MISMATCH", 1L,
                "MISSING_AT_TERMINAL", 1L, "VOIDED", 2L, "REVERSED", 1L, "REJECTED", 1L));
    }

    @Test
    void run20261231() throws IOException {
        assertThat(counts("2026-12-31", "terminal")).isEqualTo(Map.of("MATCHED", 11L, "DATA_MISMATCH", 1L,
                "PENDING", 2L, "REJECTED", 3L));
        assertThat(counts("2026-12-31", "bank")).isEqualTo(Map.of("MATCHED", 11L, "DATA_MISMATCH", 1L,
                "DUPLICATE", 1L, "REJECTED", 2L));
    }

    @Test
    void run20270101() throws IOException {
        assertThat(counts("2027-01-01", "terminal")).isEqualTo(Map.of("MATCHED", 6L, "MATCHED_LATE", 1L,
                "MISSING_AT_BANK", 1L, "DUPLICATE", 1L));
        assertThat(counts("2027-01-01", "bank")).isEqualTo(Map.of("MATCHED", 6L, "MATCHED_LATE", 1L));
    }

    @Test
    void run20270102() throws IOException {
        assertThat(counts("2027-01-02", "terminal")).isEqualTo(Map.of("MATCHED", 4L, "PENDING", 1L));
        assertThat(counts("2027-01-02", "bank")).isEqualTo(Map.of("MATCHED", 4L, "MISSING_AT_TERMINAL", 1L));
    }
}
