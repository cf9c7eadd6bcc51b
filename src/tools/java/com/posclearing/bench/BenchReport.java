package com.posclearing.bench;

import com.posclearing.bench.internal.DuckDbBaseline;
import com.posclearing.bench.internal.HistoryRun;
import com.posclearing.bench.internal.PoiFloor;
import com.posclearing.bench.internal.StepTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one benchmark run measured; {@link #lines()} is the table the command prints (Markdown, so it can be pasted
 * into the README as is).
 *
 * @param expectedOutcomes "terminal.X"/"bank.X" → count, from the generator
 * @param actualOutcomes   the same, as the job decided them; equal to the expected ones or the bench fails
 * @param jobHwmBytes      VmHWM when the job had ended, before the baselines ran (-1 when unknown)
 * @param loadBefore       the machine's load average when the job started, loadAfter when it ended: other processes
 *                         sharing the cores make every time longer, so the table says how busy the machine was
 * @param history          night N + 1 after N nights of history, when asked for
 */
public record BenchReport(BenchOptions options, long terminalRecords, long bankRecords, long generatorMillis,
        boolean dataSetReused, long contextMillis, List<StepTime> steps, long statements,
        Map<String, Long> expectedOutcomes, Map<String, Long> actualOutcomes, long jobHwmBytes,
        Optional<DuckDbBaseline.Result> duckDb, Optional<PoiFloor.Result> poiFloor, String duckDbSkippedBecause,
        String loadBefore, String loadAfter, Optional<HistoryRun> history) {

    /** Steps that take the night from the input files to the payouts (issue 5's "ingest → payouts"). */
    public static final Set<String> INGEST_TO_PAYOUTS = Set.of("ingest", "reconcile", "settle");

    public BenchReport {
        steps = List.copyOf(steps);
        expectedOutcomes = Map.copyOf(expectedOutcomes);
        actualOutcomes = Map.copyOf(actualOutcomes);
    }

    public long stepMillis(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).mapToLong(StepTime::millis).sum();
    }

    public long ingestToPayoutsMillis() {
        return steps.stream().filter(s -> INGEST_TO_PAYOUTS.contains(s.name())).mapToLong(StepTime::millis).sum();
    }

    public long jobMillis() {
        return steps.stream().mapToLong(StepTime::millis).sum();
    }

    public long maxHeapBytes() {
        return steps.stream().mapToLong(StepTime::heapPeakBytes).max().orElse(0);
    }

    public List<String> lines() {
        long records = terminalRecords + bankRecords;
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "pos-clearing bench: %,d terminal + %,d bank records, %,d merchants, %s, seed %d,"
                + " batch size %d, %d cores, max heap %s, reconcile %s", terminalRecords, bankRecords, options.merchants(),
                options.database().kind(), options.seed(), options.effectiveBatchSize(),
                Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
                options.workers() == 0 ? "in this JVM" : "on " + options.workers() + " worker processes"));
        out.add("");
        out.add("| step | wall s | records/s | peak RSS MB (in step) | VmHWM MB (at end) | peak heap used MB | read | written |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|");
        out.add(String.format(Locale.ROOT, "| generator%s | %s | %s | | | | | %,d |", dataSetReused ? " (reused)" : "",
                secs(generatorMillis), rate(records, generatorMillis), records));
        if (!steps.isEmpty()) {
            jobRows(out, records);
        }
        out.add("");
        out.add("records/s = (terminal + bank records) / step wall time. Machine load average (1 / 5 / 15 min) when the job"
                + " started: " + loadBefore + ", when it ended: " + loadAfter + ".");
        history.ifPresent(h -> historyRows(out, h));
        baselines(out);
        out.add(steps.isEmpty() ? "outcomes: not checked, the job was not run (--baselines-only)"
                : actualOutcomes.equals(expectedOutcomes) ? "outcomes: the job's counts equal the generator's " + expectedOutcomes
                : "outcomes: the job decided " + actualOutcomes + ", the generator planted " + expectedOutcomes);
        return out;
    }

    private void jobRows(List<String> out, long records) {
        out.add(String.format(Locale.ROOT, "| (application start) | %s | | | | | | |", secs(contextMillis)));
        for (StepTime s : steps) {
            out.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %,d | %,d |", s.name(), secs(s.millis()),
                    rate(records, s.millis()), mb(s.rssPeakBytes()), mb(s.hwmBytes()), mb(s.heapPeakBytes()),
                    s.readCount(), s.writeCount()));
        }
        out.add(String.format(Locale.ROOT, "| **ingest → payouts** | %s | %s | | | | | |", secs(ingestToPayoutsMillis()),
                rate(records, ingestToPayoutsMillis())));
        out.add(String.format(Locale.ROOT, "| **whole job** | %s | %s | | %s | %s | | |", secs(jobMillis()),
                rate(records, jobMillis()), mb(jobHwmBytes), mb(maxHeapBytes())));
    }

    /** Night 1 against night N + 1 after the history, step by step (issue 13's target: ≤ 1.1× ingest → payouts). */
    private void historyRows(List<String> out, HistoryRun h) {
        out.add("");
        out.add(String.format(Locale.ROOT, "Night %d after %d nights × %,d records of history (%s s of jobs), the same data"
                + " set on a database of its own; night 1 ran after it, in a JVM as warm:", h.nights() + 1, h.nights(), h.recordsPerNight(),
                secs(h.historyMillis())));
        out.add("");
        out.add(String.format(Locale.ROOT, "| step | night 1, empty database, s | night %d, s | night %d ÷ night 1 |",
                h.nights() + 1, h.nights() + 1));
        out.add("|---|---:|---:|---:|");
        for (StepTime s : h.timed().steps()) {
            long first = stepMillis(s.name());
            out.add(String.format(Locale.ROOT, "| %s | %s | %s | %s× |", s.name(), secs(first), secs(s.millis()),
                    ratio(s.millis(), first)));
        }
        long timedToPayouts = h.timed().steps().stream().filter(s -> INGEST_TO_PAYOUTS.contains(s.name()))
                .mapToLong(StepTime::millis).sum();
        long timedJob = h.timed().steps().stream().mapToLong(StepTime::millis).sum();
        out.add(String.format(Locale.ROOT, "| **ingest → payouts** | %s | %s | **%s×** (target ≤ 1.1×) |",
                secs(ingestToPayoutsMillis()), secs(timedToPayouts), ratio(timedToPayouts, ingestToPayoutsMillis())));
        out.add(String.format(Locale.ROOT, "| **whole job** | %s | %s | **%s×** |", secs(jobMillis()), secs(timedJob),
                ratio(timedJob, jobMillis())));
        out.add("night " + (h.nights() + 1) + " outcomes (with the pending items carried in): " + h.timed().outcomes());
    }

    private void baselines(List<String> out) {
        boolean job = !steps.isEmpty();
        duckDb.ifPresentOrElse(d -> {
            out.add(String.format(Locale.ROOT, "DuckDB %s: load POSP %s s, ACOMA %s s, FULL OUTER JOIN %s s"
                    + " (%,d pairs, %,d terminal only, %,d bank only)", d.driverVersion(), secs(d.pospMillis()),
                    secs(d.acomaMillis()), secs(d.joinMillis()), d.both(), d.terminalOnly(), d.bankOnly()));
            if (job) {
                out.add(String.format(Locale.ROOT, "**our reconcile step / DuckDB's join = %s×**; reconcile / (DuckDB load + join) = %s×",
                        ratio(stepMillis("reconcile"), d.joinMillis()),
                        ratio(stepMillis("reconcile"), d.pospMillis() + d.acomaMillis() + d.joinMillis())));
            }
        }, () -> out.add("DuckDB baseline skipped: " + duckDbSkippedBecause));
        poiFloor.ifPresentOrElse(p -> {
            long ours = stepMillis("statements");
            out.add(String.format(Locale.ROOT, "POI floor (bare SXSSF, one core): %,d workbooks, %,d rows in %s s = %s workbooks/s",
                    p.workbooks(), p.rows(), secs(p.millis()), String.format(Locale.ROOT, "%.1f", p.workbooksPerSecond())));
            if (!job) {
                return;
            }
            out.add(String.format(Locale.ROOT, "statements step: %,d workbooks in %s s = %s workbooks/s (with the CSVs and the"
                    + " queries)", statements, secs(ours), ours == 0 ? "-" : String.format(Locale.ROOT, "%.1f", statements * 1000.0 / ours)));
            out.add(String.format(Locale.ROOT, "**our statements step / POI floor = %s×** (time; ≤ 1.25× is the issue's 0.8× speed target)",
                    ratio(ours, p.millis())));
        }, () -> out.add("POI floor skipped"));
    }

    static String secs(long millis) {
        return String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }

    static String rate(long records, long millis) {
        return millis <= 0 ? "-" : String.format(Locale.ROOT, "%,d", records * 1000 / millis);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,d", bytes / (1024 * 1024));
    }

    static String ratio(long ours, long theirs) {
        return theirs <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) ours / theirs);
    }
}
