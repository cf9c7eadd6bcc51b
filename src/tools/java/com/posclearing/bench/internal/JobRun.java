package com.posclearing.bench.internal;

import com.posclearing.job.RunOutcome;
import java.util.List;
import java.util.Map;

/**
 * One night of the job as the bench saw it: how it ended, its steps' times from the job repository and its outcome
 * counts from its {@code summary.json}.
 *
 * @param outcomes      "terminal."/"bank." + outcome → count, as the job decided them
 * @param statements    statement files the night wrote
 * @param contextMillis the application's start, paid once per database
 */
public record JobRun(RunOutcome outcome, List<StepTime> steps, Map<String, Long> outcomes, long statements,
        long contextMillis) {

    public JobRun {
        steps = List.copyOf(steps);
        outcomes = Map.copyOf(outcomes);
    }

    public long stepMillis(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).mapToLong(StepTime::millis).sum();
    }
}
