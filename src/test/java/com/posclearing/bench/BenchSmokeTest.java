package com.posclearing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.bench.internal.HistoryRun;
import com.posclearing.kernel.BusinessDate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench at N = 2,000 on H2: the job's outcome counts equal the generator's, the baselines agree. No timings. */
class BenchSmokeTest {
    @TempDir
    Path work;

    @Test
    void benchAtTwoThousandRecordsDecidesThePlantedOutcomes() throws Exception {
        BenchOptions o = new BenchOptions(7, 2_000, 50, BusinessDate.parse("2026-11-23"), 0, BenchOptions.Database.h2(),
                work, false, true, true, false, BenchOptions.History.none(), 0);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchReport report = Bench.run(o, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(o.effectiveBatchSize()).isEqualTo(20);
        assertThat(report.terminalRecords()).isEqualTo(2_000);
        assertThat(report.actualOutcomes()).isEqualTo(report.expectedOutcomes());
        long terminal = report.actualOutcomes().entrySet().stream().filter(e -> e.getKey().startsWith("terminal."))
                .mapToLong(e -> e.getValue()).sum();
        long bank = report.actualOutcomes().entrySet().stream().filter(e -> e.getKey().startsWith("bank."))
                .mapToLong(e -> e.getValue()).sum();
        assertThat(terminal).isEqualTo(2_000);
        assertThat(bank).isEqualTo(report.bankRecords());
        assertThat(report.expectedOutcomes().get("terminal.MATCHED")).isGreaterThan(1_900);

        assertThat(report.steps()).extracting(s -> s.name())
                .containsExactly("fetch", "ingest", "reconcile", "settle", "shares", "statements", "reports", "deliver");
        assertThat(report.steps()).allSatisfy(s -> assertThat(s.status()).isEqualTo("COMPLETED"));
        // every merchant had activity, so every merchant got one statement, and the floor wrote as many workbooks
        assertThat(report.statements()).isEqualTo(50);
        assertThat(report.poiFloor()).get().satisfies(p -> {
            assertThat(p.workbooks()).isEqualTo(50);
            // the statements list every terminal record but the pending ones, which have a sheet of their own
            assertThat(p.rows()).isEqualTo(2_000 - report.expectedOutcomes().get("terminal.PENDING"));
        });
        assertThat(report.duckDb()).get().satisfies(d -> {
            assertThat(d.terminalRows()).isEqualTo(2_000);
            assertThat(d.bankRows()).isEqualTo(report.bankRecords());
            assertThat(d.terminalOnly()).isEqualTo(report.expectedOutcomes().get("terminal.PENDING"));
        });
        List<String> lines = report.lines();
        assertThat(lines).anyMatch(l -> l.startsWith("| reconcile |"));
        assertThat(lines).anyMatch(l -> l.contains("our reconcile step / DuckDB's join"));
        assertThat(lines).anyMatch(l -> l.contains("our statements step / POI floor"));

        // the data set stays for reuse; the run folder (database, outputs) is removed without --keep
        try (Stream<Path> dirs = Files.list(work)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("gen-s7-n2000-m50-b20-20261123");
        }
        BenchReport again = Bench.run(o, new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertThat(again.dataSetReused()).isTrue();
        assertThat(again.generatorMillis()).isEqualTo(report.generatorMillis());
        assertThat(again.actualOutcomes()).isEqualTo(report.expectedOutcomes());
    }

    /** The RabbitMQ of 127.0.0.1:5672 (started by .ci/run) carries the partitions to two worker processes. */
    @Test
    void benchWithTwoWorkerProcessesDecidesThePlantedOutcomes() {
        BenchOptions o = new BenchOptions(7, 1_000, 20, BusinessDate.parse("2026-11-23"), 0, BenchOptions.Database.h2(),
                work, false, false, false, false, BenchOptions.History.none(), 2);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchReport report = Bench.run(o, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(report.actualOutcomes()).isEqualTo(report.expectedOutcomes());
        assertThat(report.expectedOutcomes().get("terminal.MATCHED")).isGreaterThan(900);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("bench: 2 worker processes, 1 partitions at a time each");
        assertThat(report.lines().get(0)).endsWith("reconcile on 2 worker processes");
    }

    @Test
    void historyNightsThenTheSameNightAgainWithTheCarriedPendingItems() {
        BenchOptions o = new BenchOptions(7, 1_000, 20, BusinessDate.parse("2026-11-23"), 0, BenchOptions.Database.h2(),
                work, false, false, false, false, new BenchOptions.History(2, 400), 0);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchReport report = Bench.run(o, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(report.actualOutcomes()).isEqualTo(report.expectedOutcomes());
        HistoryRun h = report.history().orElseThrow();
        assertThat(h.nights()).isEqualTo(2);
        assertThat(h.timed().steps()).extracting(s -> s.name())
                .containsExactly("fetch", "ingest", "reconcile", "settle", "shares", "statements", "reports", "deliver");
        // the night's own records plus the items of 2026-11-22 (pending again) and 2026-11-21 (missing at the bank)
        long own = report.expectedOutcomes().get("terminal.PENDING");
        long carried = h.timed().outcomes().get("terminal.PENDING") - own;
        assertThat(carried).isPositive();
        assertThat(h.timed().outcomes().get("terminal.MISSING_AT_BANK")).isPositive();
        assertThat(h.timed().outcomes().entrySet().stream().filter(e -> e.getKey().startsWith("terminal."))
                .mapToLong(e -> e.getValue()).sum())
                .isEqualTo(1_000 + carried + h.timed().outcomes().get("terminal.MISSING_AT_BANK"));
        assertThat(String.join("\n", report.lines())).contains("| **ingest → payouts** |", "night 3 ÷ night 1");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("bench: history night 2026-11-21",
                "bench: history night 2026-11-22");
    }
}
