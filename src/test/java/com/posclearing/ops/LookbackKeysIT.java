package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The duplicate look-back reads the keys each run wrote beside its rows (data/keys/{D}/run-N, one file per bucket),
 * and the database when they are gone: 2027-01-01's terminal DUPLICATE of a record settled on an earlier date is found
 * either way.
 */
class LookbackKeysIT {
    @RegisterExtension
    final CommandNight night = new CommandNight("lookback-test");

    @Test
    void theLookBackFindsTheSameDuplicateFromTheKeyFilesAndWithoutThem() throws Exception {
        for (String d : List.of("2026-12-30", "2026-12-31", "2027-01-01")) {
            assertThat(night.settle("run", "--date", d, "--from-dir", "sample-files").code()).isZero();
        }
        assertThat(fileCount(night.data().resolve("keys/20261230/run-1"))).isEqualTo(64);
        JsonNode first = terminalOutcomes();
        assertThat(first.get("DUPLICATE").get("count").asLong()).isEqualTo(1);
        assertThat(first.get("DUPLICATE").get("amountFen").asLong()).isEqualTo(15600);

        try (Stream<Path> all = Files.walk(night.data().resolve("keys"))) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(night.settle("rerun", "--date", "2027-01-01", "--reason", "look-back from the database").code()).isZero();

        assertThat(terminalOutcomes()).isEqualTo(first);
        assertThat(fileCount(night.data().resolve("keys/20270101/run-2"))).isEqualTo(64);
    }

    private JsonNode terminalOutcomes() throws IOException {
        return new ObjectMapper().readTree(night.out().resolve("20270101/summary.json").toFile()).get("terminal").get("outcomes");
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
