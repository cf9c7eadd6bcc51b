package com.posclearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped classes (what {@code pos-clearing.jar} is built from) hold no generator, no benchmark and no DuckDB or
 * JMH use: those live in {@code src/tools/java} and compile with the tests.
 */
class ShippedClassesTest {

    @Test
    void noGeneratorNoBenchNoDuckDbNoJmhInTheShippedClasses() throws IOException, URISyntaxException {
        Path shipped = Path.of(PosClearingApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(shipped.resolve("com/posclearing/PosClearingApplication.class")).isRegularFile();
        assertThat(shipped.resolve("com/posclearing/generator")).doesNotExist();
        assertThat(shipped.resolve("com/posclearing/bench")).doesNotExist();
        List<String> toolRefs;
        try (Stream<Path> files = Files.walk(shipped)) {
            toolRefs = files.filter(f -> f.toString().endsWith(".class")).filter(ShippedClassesTest::refersToTools)
                    .map(f -> shipped.relativize(f).toString()).toList();
        }
        assertThat(toolRefs).as("shipped classes naming a tool's package").isEmpty();
    }

    /** Class files name the classes they use in their constant pool, in internal form. */
    private static boolean refersToTools(Path classFile) {
        try {
            String bytes = new String(Files.readAllBytes(classFile), java.nio.charset.StandardCharsets.ISO_8859_1);
            return bytes.contains("com/posclearing/generator/") || bytes.contains("com/posclearing/bench/")
                    || bytes.contains("org/duckdb/") || bytes.contains("org/openjdk/jmh/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
