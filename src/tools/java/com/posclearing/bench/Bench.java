package com.posclearing.bench;

import com.posclearing.bench.internal.DataSet;
import com.posclearing.bench.internal.DuckDbBaseline;
import com.posclearing.bench.internal.HistoryRun;
import com.posclearing.bench.internal.JobRun;
import com.posclearing.bench.internal.JobSession;
import com.posclearing.bench.internal.MemorySampler;
import com.posclearing.bench.internal.Planted;
import com.posclearing.bench.internal.PoiFloor;
import com.posclearing.bench.internal.StatementRows;
import com.posclearing.bench.internal.Trees;
import com.posclearing.bench.internal.WorkerProcesses;
import com.posclearing.h2server.H2Server;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measuring instrument of issue 5: generate (or reuse) a data set, run the whole nightly job on a fresh database,
 * check that it decided exactly the outcomes the generator planted, then time the baselines (DuckDB's join, a bare
 * POI loop) on the same inputs. A benchmark that computes wrong numbers is worthless: any difference fails the run.
 * With a history, the same night is run again on a second database after that many earlier nights (issue 13).
 */
public final class Bench {
    private Bench() {
    }

    /**
     * @param progress where to say what is happening (a long run is otherwise silent)
     * @throws IllegalStateException when the job fails or its outcome counts differ from the generator's
     */
    public static BenchReport run(BenchOptions o, PrintStream progress) {
        progress.println("bench: data set of " + o.records() + " records, " + o.merchants() + " merchants in " + o.workDir());
        DataSet data = DataSet.prepare(o);
        progress.println("bench: data set " + (data.reused() ? "reused" : "generated") + " in "
                + data.result().pospFile().getParent().getParent());
        Path runDir = o.workDir().resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (MemorySampler memory = new MemorySampler()) {
            Map<String, Long> expected = Planted.of(data);
            String loadBefore = MemorySampler.loadAverage();
            Optional<JobRun> job = Optional.empty();
            long jobHwm = -1;
            // the history first: night 1 then runs in a JVM as warm as night N + 1's, so their ratio compares databases,
            // not the JIT's warm-up
            Optional<HistoryRun> history = o.history().nights() == 0 ? Optional.empty()
                    : Optional.of(HistoryRun.run(o, data, runDir.resolve("history"), memory, progress));
            if (!o.baselinesOnly()) {
                progress.println("bench: running the nightly job of " + o.date() + " on a fresh " + o.database().kind()
                        + " database (run folder " + runDir + ")");
                JobRun run;
                if (o.workers() == 0) {
                    try (JobSession session = JobSession.open(o, data.result().configDir(), runDir)) {
                        run = session.night(o.date(), data.inbox(), memory, progress);
                    }
                } else {
                    try (WorkerProcesses workers = WorkerProcesses.start(o, data.result().configDir(), runDir, progress);
                            JobSession session = JobSession.open(o, data.result().configDir(), runDir, workers.plan())) {
                        run = session.night(o.date(), data.inbox(), memory, progress);
                    }
                }
                jobHwm = MemorySampler.highWaterMarkBytes();
                if (!run.outcome().completed()) {
                    // the steps it finished are still worth seeing; the job has logged the stack trace
                    new BenchReport(o, data.result().terminalRecords(), data.result().bankRecords(), data.generatedMillis(),
                            data.reused(), run.contextMillis(), run.steps(), run.statements(), expected, run.outcomes(), jobHwm,
                            Optional.empty(), Optional.empty(), "the job failed", loadBefore, MemorySampler.loadAverage(),
                            Optional.empty()).lines().forEach(progress::println);
                    throw new IllegalStateException("the nightly job failed in step " + failedStep(run) + ": "
                            + rootMessage(run.outcome().failure()) + " (its database and outputs are in " + runDir + ")");
                }
                Planted.check(expected, run.outcomes(), runDir);
                job = Optional.of(run);
            }
            String loadAfter = MemorySampler.loadAverage();

            Optional<PoiFloor.Result> floor = Optional.empty();
            if (o.poiFloor()) {
                List<Integer> rows = job.isPresent()
                        ? StatementRows.of(job.get().outcome().outDir().resolve("statements"))
                        : evenRows(data.result().terminalRecords() - expected.getOrDefault("terminal.PENDING", 0L),
                                o.merchants());
                progress.println("bench: POI floor, " + rows.size() + " workbooks on one core");
                floor = Optional.of(PoiFloor.run(rows, runDir.resolve("poi-floor")));
            }
            Optional<DuckDbBaseline.Result> duck = Optional.empty();
            if (o.duckDb()) {
                progress.println("bench: DuckDB baseline");
                DuckDbBaseline.Result d = DuckDbBaseline.run(data.result().pospFile(), data.result().acomaFile());
                checkBaseline(d, expected);
                duck = Optional.of(d);
            }
            BenchReport report = new BenchReport(o, data.result().terminalRecords(), data.result().bankRecords(),
                    data.generatedMillis(), data.reused(), job.map(JobRun::contextMillis).orElse(0L),
                    job.map(JobRun::steps).orElse(List.of()), job.map(JobRun::statements).orElse(0L), expected,
                    job.map(JobRun::outcomes).orElse(Map.of()), jobHwm, duck, floor, "--no-duckdb", loadBefore, loadAfter,
                    history);
            if (!o.keep()) {
                H2Server.stop(runDir.resolve("db").resolve("clearing"));
                H2Server.stop(runDir.resolve("history").resolve("db").resolve("clearing"));
                Trees.delete(runDir);
            }
            return report;
        }
    }

    private static String failedStep(JobRun run) {
        return run.steps().stream().filter(st -> !"COMPLETED".equals(st.status())).map(st -> st.name()).findFirst()
                .orElse("?");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** {@code rows} statement lines spread as evenly as the generator spreads them over {@code merchants}. */
    static List<Integer> evenRows(long rows, int merchants) {
        List<Integer> out = new ArrayList<>(merchants);
        for (int i = 0; i < merchants; i++) {
            out.add((int) (rows / merchants + (i < rows % merchants ? 1 : 0)));
        }
        return out;
    }

    /** DuckDB joins on the primary key only; its pair counts must still agree with the planted outcomes. */
    private static void checkBaseline(DuckDbBaseline.Result d, Map<String, Long> expected) {
        long terminal = expected.entrySet().stream().filter(e -> e.getKey().startsWith("terminal."))
                .mapToLong(Map.Entry::getValue).sum();
        long pending = expected.getOrDefault("terminal.PENDING", 0L);
        long bankOnly = expected.getOrDefault("bank.MISSING_AT_TERMINAL", 0L) + expected.getOrDefault("bank.REVERSED", 0L);
        if (d.terminalRows() != terminal || d.both() != terminal - pending || d.terminalOnly() != pending
                || d.bankOnly() != bankOnly) {
            throw new IllegalStateException("the DuckDB baseline computed other numbers than the generator planted: " + d
                    + "; expected " + terminal + " terminal rows, " + (terminal - pending) + " pairs, " + pending
                    + " terminal only, " + bankOnly + " bank only");
        }
    }
}
