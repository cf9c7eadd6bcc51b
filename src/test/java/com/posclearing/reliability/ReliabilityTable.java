package com.posclearing.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts, per test class marked {@link Proves}, the test cases that passed and failed and the cases they published,
 * and writes one row per class to {@code target/reliability/} when the test run ends; {@code ops/ci/reliability-table}
 * joins the rows of the unit and integration runs into the README's table. Registered through META-INF/services.
 */
public final class ReliabilityTable implements TestExecutionListener {
    private static final Path DIR = Path.of("target", "reliability");
    private final Map<String, long[]> rows = new TreeMap<>();
    private final Map<String, String> proves = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return; // a parameterized method is a container of its cases: count the cases only
        }
        proved(test).ifPresent(c -> rows.computeIfAbsent(c.getSimpleName(), k -> new long[3])
                [result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 0 : 1]++);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        String cases = entry.getKeyValuePairs().get("cases");
        if (cases != null) {
            proved(test).ifPresent(c -> rows.computeIfAbsent(c.getSimpleName(), k -> new long[3])[2] += Long.parseLong(cases));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder tsv = new StringBuilder();
        rows.forEach((name, n) -> tsv.append(name).append('\t').append(proves.get(name)).append('\t').append(n[0])
                .append('\t').append(n[1]).append('\t').append(n[2]).append('\n'));
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(ProcessHandle.current().pid() + ".tsv"), tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Class<?>> proved(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getJavaClass())
                .filter(c -> c.isAnnotationPresent(Proves.class)).map(c -> {
                    proves.put(c.getSimpleName(), c.getAnnotation(Proves.class).value());
                    return c;
                });
    }
}
