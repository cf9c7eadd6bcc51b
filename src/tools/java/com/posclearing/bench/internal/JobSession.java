package com.posclearing.bench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posclearing.PosClearingApplication;
import com.posclearing.bench.BenchOptions;
import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.ClearingProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application on a fresh database, exactly as {@code ops/settle run --from-dir} runs it, for one night or for a
 * series of consecutive nights (history, then the timed night).
 */
public final class JobSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConfigurableApplicationContext ctx;
    private final JdbcTemplate jdbc;
    private final long contextMillis;

    private JobSession(ConfigurableApplicationContext ctx, long contextMillis) {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        this.contextMillis = contextMillis;
    }

    /** Starts the application on a fresh database with the data set's reference data ({@code configDir}). */
    public static JobSession open(BenchOptions o, Path configDir, Path runDir) {
        return open(settings(o, JobDatabase.freshUrl(o.database(), runDir), configDir, runDir));
    }

    /** As {@link #open(BenchOptions, Path, Path)}, its partitions sent to {@code workers}. */
    public static JobSession open(BenchOptions o, Path configDir, Path runDir, WorkerProcesses.Plan workers) {
        List<String> settings = new ArrayList<>(settings(o, workers.url(), configDir, runDir));
        settings.addAll(workers.brokerSettings());
        return open(settings);
    }

    /** The job's settings as {@code key=value}: the database, the folders, the reference data. */
    static List<String> settings(BenchOptions o, String url, Path configDir, Path runDir) {
        return List.of(
            "spring.datasource.url=" + url,
            "spring.datasource.username=" + o.database().user(),
            "spring.datasource.password=" + (o.database().password() == null ? "" : o.database().password()),
            "clearing.data-dir=" + runDir.resolve("data").toAbsolutePath(),
            "clearing.out-dir=" + runDir.resolve("out").toAbsolutePath(),
            "clearing.config-dir=" + configDir.toAbsolutePath());
    }

    private static JobSession open(List<String> settings) {
        long start = System.nanoTime();
        // command-line style arguments: they take precedence over application.properties, default properties do not
        String[] args = settings.stream().map(s -> "--" + s).toArray(String[]::new);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PosClearingApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args);
        return new JobSession(ctx, (System.nanoTime() - start) / 1_000_000);
    }

    /** W of SPEC 3.1 as the job is configured: how long a pending item waits before it is missing at the bank. */
    public int carryWindowDays() {
        return ctx.getBean(ClearingProperties.class).carryWindowDays();
    }

    /**
     * Runs the whole job for {@code date} on the files of {@code inbox}.
     *
     * @param progress where each step is said as it ends; null = silent (history nights)
     */
    public JobRun night(BusinessDate date, Path inbox, MemorySampler memory, PrintStream progress) {
        StepWatcher watcher = progress == null ? null : new StepWatcher(jdbc, progress);
        RunOutcome outcome;
        try {
            outcome = ctx.getBean(SettlementService.class).run(date, "dir:" + inbox.toAbsolutePath(), "bench");
        } finally {
            if (watcher != null) {
                watcher.close();
            }
        }
        List<StepTime> steps = steps(memory);
        if (!outcome.completed()) {
            return new JobRun(outcome, steps, Map.of(), 0, contextMillis);
        }
        Path statements = outcome.outDir().resolve("statements");
        return new JobRun(outcome, steps, outcomes(outcome.outDir().resolve("summary.json")),
                StatementRows.of(statements).size(), contextMillis);
    }

    /** The counts of the run's {@code summary.json} (SPEC 4), the job's own account of what it decided. */
    static Map<String, Long> outcomes(Path summaryJson) {
        Map<String, Long> out = new TreeMap<>();
        try {
            JsonNode root = JSON.readTree(summaryJson.toFile());
            for (String side : List.of("terminal", "bank")) {
                for (Map.Entry<String, JsonNode> e : root.path(side).path("outcomes").properties()) {
                    long count = e.getValue().path("count").asLong();
                    if (count != 0) {
                        out.put(side + "." + e.getKey().toUpperCase(Locale.ROOT), count);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outcome counts of " + summaryJson + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Removes a history night's statements, which nobody reads again (30 nights × every merchant is many files). */
    public static void dropStatements(JobRun night) {
        Path dir = night.outcome().outDir().resolve("statements");
        if (Files.isDirectory(dir)) {
            Trees.delete(dir);
        }
    }

    private List<StepTime> steps(MemorySampler memory) {
        Long jobExecution = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
        List<StepTime> out = new ArrayList<>();
        jdbc.query("SELECT step_name, status, read_count, write_count, start_time, end_time FROM batch_step_execution"
                + " WHERE job_execution_id = ? AND step_name NOT LIKE '%:%' ORDER BY step_execution_id", rs -> {
                    long from = millis(rs.getTimestamp(5));
                    long to = rs.getTimestamp(6) == null ? System.currentTimeMillis() : millis(rs.getTimestamp(6));
                    MemorySampler.Peak peak = memory.peak(from, to);
                    out.add(new StepTime(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), from, to,
                            peak.rssBytes(), peak.heapBytes(), memory.highWaterMarkAt(to)));
                }, jobExecution);
        return out;
    }

    private static long millis(Timestamp t) {
        return t.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
