package com.posclearing.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One side of the reconciliation (terminal or bank): its input records and their outcomes, keyed by outcome name
 * in the order given (keep a fixed order, e.g. the outcome enum's, for a stable summary.json). The constructor
 * checks SPEC 3.1: every input record ends in exactly one outcome.
 */
public record SideSummary(long input, Map<String, OutcomeTotal> outcomes) {
    public SideSummary {
        Objects.requireNonNull(outcomes, "outcomes");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        long sum = 0;
        for (OutcomeTotal t : outcomes.values()) {
            sum += t.count();
        }
        if (sum != input) {
            throw new IllegalArgumentException("input " + input + " records but outcomes count " + sum + " " + outcomes.keySet());
        }
    }
}
