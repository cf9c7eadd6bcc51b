package com.posclearing.bench.internal;

import com.posclearing.PosClearingApplication;
import com.posclearing.bench.BenchOptions;
import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole nightly job on a data set, on a fresh database, exactly as {@code ops/settle run --from-dir} runs it; then
 * its steps' times from the job repository and its outcome counts from {@code recon_outcome}.
 *
 * @param outcomes "terminal."/"bank." + outcome → count, as the job decided them
 */
public record JobRun(RunOutcome outcome, List<StepTime> steps, Map<String, Long> outcomes, long statements,
        long contextMillis) {

    public static JobRun run(BenchOptions o, DataSet data, Path runDir, MemorySampler memory, PrintStream progress) {
        String url = JobDatabase.freshUrl(o.database(), runDir);
        long start = System.nanoTime();
        // command-line style arguments: they take precedence over application.properties, default properties do not
        String[] args = {
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + o.database().user(),
            "--spring.datasource.password=" + (o.database().password() == null ? "" : o.database().password()),
            "--clearing.data-dir=" + runDir.resolve("data").toAbsolutePath(),
            "--clearing.out-dir=" + runDir.resolve("out").toAbsolutePath(),
            "--clearing.config-dir=" + data.result().configDir().toAbsolutePath(),
        };
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PosClearingApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            long contextMillis = (System.nanoTime() - start) / 1_000_000;
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            RunOutcome outcome;
            StepWatcher watcher = new StepWatcher(jdbc, progress);
            try {
                outcome = ctx.getBean(SettlementService.class).run(o.date(), "dir:" + data.inbox().toAbsolutePath(), "bench");
            } finally {
                watcher.close();
            }
            List<StepTime> steps = steps(jdbc, memory);
            Map<String, Long> outcomes = new TreeMap<>();
            jdbc.query("SELECT side, outcome, COUNT(*) FROM recon_outcome WHERE business_date = ? AND run_no = ?"
                    + " GROUP BY side, outcome", rs -> {
                        outcomes.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT) + "." + rs.getString(2), rs.getLong(3));
                    }, java.sql.Date.valueOf(o.date().value()), outcome.runNo());
            Long statements = jdbc.queryForObject("SELECT COUNT(*) FROM merchant_day WHERE business_date = ? AND run_no = ?",
                    Long.class, java.sql.Date.valueOf(o.date().value()), outcome.runNo());
            return new JobRun(outcome, steps, outcomes, statements == null ? 0 : statements, contextMillis);
        }
    }

    private static List<StepTime> steps(JdbcTemplate jdbc, MemorySampler memory) {
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
}
