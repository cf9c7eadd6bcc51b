package com.posclearing.bench.internal;

import com.posclearing.bench.BenchOptions;
import com.posclearing.kernel.BusinessDate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Night N + 1 after N nights of history, on a fresh database of its own (run before night 1): the nights before the bench's date run one after
 * the other (each checked against the generator, its statements removed afterwards), then the bench's own data set is
 * run again and timed, with the earlier-date duplicate look-back, the grown tables and indexes and the pending pool
 * in the way as they are in production.
 *
 * @param timed        the timed night
 * @param historyMillis the history nights' job time, all together
 */
public record HistoryRun(int nights, long recordsPerNight, JobRun timed, long historyMillis) {

    public static HistoryRun run(BenchOptions o, DataSet timedData, Path dir, MemorySampler memory, PrintStream progress) {
        int nights = o.history().nights();
        BusinessDate first = o.date().plusDays(-nights);
        progress.println("bench: history of " + nights + " nights × " + o.history().records() + " records, " + first
                + " … " + o.date().plusDays(-1) + ", then " + o.date() + ", on a fresh " + o.database().kind() + " database ("
                + dir + "); night 1 comes after it");
        List<Long> pending = new ArrayList<>();
        long historyMillis = 0;
        try (JobSession session = JobSession.open(o, timedData.result().configDir(), dir)) {
            int window = session.carryWindowDays();
            for (int i = 0; i < nights; i++) {
                BusinessDate date = first.plusDays(i);
                DataSet data = DataSet.prepare(o, date, o.history().records());
                JobRun night = session.night(date, data.inbox(), memory, null);
                ensureCompleted(night, dir);
                Map<String, Long> planted = Planted.of(data);
                Planted.check(Planted.afterHistory(planted, pending, window), night.outcomes(), dir);
                pending.add(planted.getOrDefault("terminal.PENDING", 0L));
                JobSession.dropStatements(night);
                long millis = night.steps().stream().mapToLong(StepTime::millis).sum();
                historyMillis += millis;
                progress.println(String.format(Locale.ROOT, "bench: history night %s in %.2f s (ingest → payouts %.2f s),"
                        + " outcomes as planted", date, millis / 1000.0, (night.stepMillis("ingest")
                        + night.stepMillis("reconcile") + night.stepMillis("settle")) / 1000.0));
            }
            progress.println("bench: night " + (nights + 1) + " (" + o.date() + ") after the history");
            JobRun timed = session.night(o.date(), timedData.inbox(), memory, progress);
            ensureCompleted(timed, dir);
            Planted.check(Planted.afterHistory(Planted.of(timedData), pending, window), timed.outcomes(), dir);
            return new HistoryRun(nights, o.history().records(), timed, historyMillis);
        }
    }

    private static void ensureCompleted(JobRun night, Path dir) {
        if (!night.outcome().completed()) {
            throw new IllegalStateException("the nightly job of " + night.outcome().date() + " failed after "
                    + night.steps().size() + " steps: " + night.outcome().failure() + " (run folder kept: " + dir + ")");
        }
    }
}
