package com.posclearing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.layout.internal.LayoutYamlFuzz;
import com.posclearing.reliability.Proves;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of every parser with Jazzer's command line, one JVM per target with a 512 MB heap, for
 * {@code fuzz.seconds} each (30 in CI; {@code ./mvnw verify -Pfuzz -Dit.test=ParserFuzzIT} gives 600). Seeds are the golden, sample and invalid
 * files. A finding (an exception other than a rejection naming the file, a hang, an out-of-memory) fails the test and
 * leaves its input in {@code target/fuzz-found/}: fix the parser and add the input to {@code src/test/resources/invalid/}.
 */
@Proves("fuzzed inputs of every parser and the layout language end parsed or refused with a sentence: no other exception, hang or out-of-memory in 512 MB")
class ParserFuzzIT {
    private static final long SECONDS = Long.getLong("fuzz.seconds", 30);
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    @TempDir
    Path work;

    record Target(String name, Class<?> fuzz, List<String> seeds) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Target> targets() {
        return Stream.of(
                new Target("posp-csv", FuzzTargets.PospCsv.class, List.of("src/test/resources/golden/posp-csv",
                        "src/test/resources/invalid/posp-csv")),
                new Target("cups-acoma", FuzzTargets.CupsAcoma.class, List.of("src/test/resources/golden/cups-acoma",
                        "src/test/resources/invalid/cups-acoma")),
                new Target("onboarded", FuzzTargets.Onboarded.class, List.of("sample-files/formats")),
                new Target("layout-yaml", LayoutYamlFuzz.class, List.of("config/layouts")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyInputIsParsedOrRejectedWithASentence(Target target, TestReporter reporter) throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String dir : target.seeds()) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(f -> Files.isRegularFile(f) && f.toFile().length() < 64 * 1024).toList()) {
                    Files.copy(f, corpus.resolve(f.getFileName()));
                }
            }
        }
        Path found = Files.createDirectories(Path.of("target", "fuzz-found", target.name()).toAbsolutePath());
        Path log = work.resolve("jazzer.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.fuzz().getName(), "--instrumentation_includes=com.posclearing.**",
                // the sanitizers' hooks in every JDK and library class cost minutes at start and add nothing to a parser
                "--custom_hook_includes=com.posclearing.**",
                "-max_total_time=" + SECONDS, "-timeout=30", "-max_len=65536", "-artifact_prefix=" + found + "/",
                corpus.toString()));
        Process jazzer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(jazzer.waitFor(SECONDS + 300, TimeUnit.SECONDS)).as("jazzer ends").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(jazzer.exitValue()).as(tail(out)).isZero();
        Matcher done = DONE.matcher(out);
        assertThat(done.find()).as(tail(out)).isTrue();
        System.out.println("fuzz " + target.name() + ": " + done.group(1) + " inputs in " + done.group(2) + " s, 0 findings");
        reporter.publishEntry("cases", done.group(1));
    }

    private static String tail(String out) {
        return out.length() < 4000 ? out : out.substring(out.length() - 4000);
    }
}
