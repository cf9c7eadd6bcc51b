package com.posclearing.generator;

import com.posclearing.generator.internal.DemoScenario;
import com.posclearing.generator.internal.DemoWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the hand-made demo inputs (business dates 2026-12-30 … 2027-01-02) that exercise every outcome of
 * SPEC 3.1, with {@code README.md} and {@code expected-outcomes.csv}. Deterministic: same bytes every time.
 * Run {@code main} or {@code SampleFilesTest -Dsamples.refresh=true} to refresh the repo's {@code sample-files/}.
 */
public final class SampleGenerator {
    private SampleGenerator() {
    }

    /** Writes the demo files into {@code dir} (created if needed) and returns them in writing order. */
    public static List<Path> writeDemo(Path dir) {
        return DemoWriter.write(DemoScenario.build(), dir);
    }

    /** {@code java -cp … com.posclearing.generator.SampleGenerator [DIR]}, default {@code sample-files}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-files");
        List<Path> files = writeDemo(dir);
        System.out.println("wrote " + files.size() + " files to " + dir.toAbsolutePath());
    }
}
