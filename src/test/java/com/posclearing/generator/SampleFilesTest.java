package com.posclearing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample-files/ are exactly what the generator writes (golden files). After an intended change:
 * {@code ./mvnw -o -q -B test -Dtest=SampleFilesTest -Dsamples.refresh=true}.
 */
class SampleFilesTest {
    private static final Path SAMPLES = Path.of("sample-files");

    @Test
    void committedSampleFilesEqualFreshlyGeneratedBytes(@TempDir Path tmp) throws IOException {
        if (Boolean.getBoolean("samples.refresh")) {
            SampleGenerator.writeDemo(SAMPLES);
        }
        List<Path> fresh = SampleGenerator.writeDemo(tmp);
        for (Path f : fresh) {
            Path committed = SAMPLES.resolve(f.getFileName());
            assertThat(committed).as("%s is missing: refresh with -Dsamples.refresh=true", committed).exists();
            assertThat(Arrays.mismatch(Files.readAllBytes(committed), Files.readAllBytes(f)))
                    .as("%s differs from the generator's output at the byte offset shown: if intended, refresh with "
                            + "./mvnw -o -q -B test -Dtest=SampleFilesTest -Dsamples.refresh=true", committed)
                    .isEqualTo(-1);
        }
        try (Stream<Path> committed = Files.list(SAMPLES)) {
            // sub-folders (formats/: real and hand-kept samples of other layouts) are not the generator's
            assertThat(committed.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("files in sample-files/ the generator does not write")
                    .containsExactlyInAnyOrderElementsOf(fresh.stream().map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void writesTheExpectedFileNames(@TempDir Path tmp) {
        List<String> names = SampleGenerator.writeDemo(tmp).stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).containsExactly(
                "POSP_20261230_N01_001.csv", "IND26123032ACOMA",
                "POSP_20261231_N01_001.csv", "POSP_20261231_N01_002.csv", "POSP_20261231_N02_001.csv",
                "IND26123132ACOMA",
                "POSP_20270101_N01_001.csv", "IND27010132ACOMA",
                "POSP_20270102_N01_001.csv", "IND27010232ACOMA",
                "expected-outcomes.csv", "README.md");
    }

    @Test
    void sameBytesTwice(@TempDir Path a, @TempDir Path b) throws IOException {
        List<Path> first = SampleGenerator.writeDemo(a);
        List<Path> second = SampleGenerator.writeDemo(b);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Arrays.mismatch(Files.readAllBytes(second.get(i)), Files.readAllBytes(first.get(i))))
                    .as(first.get(i).getFileName().toString()).isEqualTo(-1);
        }
    }
}
