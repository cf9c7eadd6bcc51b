package com.posclearing.console.internal;

import com.posclearing.job.NightlySettlementJobConfig;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.RunStatus;
import com.posclearing.resolution.Break;
import com.posclearing.resolution.BreakService;
import com.posclearing.runs.RunOverview;
import com.posclearing.runs.RunRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges for the engineer on call (SPEC 6), read from the same services as the pages at most every
 * {@value #REFRESH_MILLIS} ms: the last completed run's duration, its steps' records per second, its payouts, when it
 * finished, whether the latest run failed, and the live breaks by outcome and age.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ClearingMetrics implements MeterBinder {
    static final long REFRESH_MILLIS = 15_000;
    static final List<String> AGE_BUCKETS = List.of("0-1", "2-3", "4-7", "8+");
    private final RunRegistry registry;
    private final RunOverview overview;
    private final BreakService breaks;
    private volatile Snapshot snapshot;

    ClearingMetrics(RunRegistry registry, RunOverview overview, BreakService breaks) {
        this.registry = registry;
        this.overview = overview;
        this.breaks = breaks;
    }

    /** The figures of one read; {@code loadedAtMillis} decides when to read again. */
    record Snapshot(long loadedAtMillis, double runSeconds, double finishedEpochSeconds, double latestFailed, double payoutCount,
            double payoutTotalFen, Map<String, Double> stepRecordsPerSecond, Map<String, Double> openBreaks) {
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        gauge(meters, "clearing.run.duration", "seconds", "Duration of the last completed run", Snapshot::runSeconds);
        gauge(meters, "clearing.run.last.completed", "seconds", "When the last completed run finished (epoch)",
                Snapshot::finishedEpochSeconds);
        gauge(meters, "clearing.run.latest.failed", null, "1 when the latest run of the latest date failed",
                Snapshot::latestFailed);
        gauge(meters, "clearing.payouts.count", null, "Payouts of the last completed run", Snapshot::payoutCount);
        gauge(meters, "clearing.payouts.total", "fen", "Payout total of the last completed run", Snapshot::payoutTotalFen);
        for (String step : NightlySettlementJobConfig.STEPS) {
            Gauge.builder("clearing.step.records.per.second", this, m -> m.current().stepRecordsPerSecond().getOrDefault(step, 0.0))
                    .description("Records per second of a step of the last completed run").tag("step", step).register(meters);
        }
        for (Outcome outcome : Outcome.values()) {
            if (!outcome.isBreak()) {
                continue;
            }
            for (String age : AGE_BUCKETS) {
                String key = outcome.name() + "|" + age;
                Gauge.builder("clearing.breaks.open", this, m -> m.current().openBreaks().getOrDefault(key, 0.0))
                        .description("Breaks not yet applied or closed, by outcome and age in days")
                        .tag("outcome", outcome.name()).tag("age_days", age).register(meters);
            }
        }
    }

    private void gauge(MeterRegistry meters, String name, String unit, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.current())).baseUnit(unit).description(description).register(meters);
    }

    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.currentTimeMillis() - s.loadedAtMillis() > REFRESH_MILLIS) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        List<RunRegistry.Run> runs = registry.all(Optional.empty());
        Comparator<RunRegistry.Run> order = Comparator.comparing(RunRegistry.Run::date).thenComparing(RunRegistry.Run::runNo);
        Optional<RunRegistry.Run> completed = runs.stream().filter(r -> r.status() == RunStatus.COMPLETED && r.finishedAt() != null)
                .max(order);
        double failed = runs.stream().max(order).filter(r -> r.status() == RunStatus.FAILED).isPresent() ? 1 : 0;
        Map<String, Double> open = new HashMap<>();
        for (Break b : breaks.list(Optional.empty(), Optional.empty())) {
            if (b.state().isLive()) {
                open.merge(b.outcome().name() + "|" + bucket(breaks.ageDays(b)), 1.0, Double::sum);
            }
        }
        if (completed.isEmpty()) {
            return new Snapshot(System.currentTimeMillis(), 0, 0, failed, 0, 0, Map.of(), open);
        }
        RunRegistry.Run r = completed.get();
        Map<String, Double> rates = new HashMap<>();
        if (r.jobExecutionId() != null) {
            overview.steps(r.jobExecutionId()).forEach(s -> rates.put(s.name(), (double) s.recordsPerSecond()));
        }
        var money = overview.settlement(r.date(), r.runNo());
        return new Snapshot(System.currentTimeMillis(), Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0,
                r.finishedAt().atZone(ZoneId.systemDefault()).toEpochSecond(), failed, money.payouts().count(),
                money.payouts().totalFen(), rates, open);
    }

    private static String bucket(long ageDays) {
        return ageDays <= 1 ? AGE_BUCKETS.get(0) : ageDays <= 3 ? AGE_BUCKETS.get(1) : ageDays <= 7 ? AGE_BUCKETS.get(2)
                : AGE_BUCKETS.get(3);
    }
}
