package com.posclearing.report;

import com.posclearing.kernel.Outcome;
import java.util.Objects;

/**
 * The bank records of one input file that ended in one outcome, matched on one key.
 *
 * @param matchedBy {@code PRIMARY} (RRN), {@code FALLBACK} (terminal, STAN, time) or {@code NONE}
 */
public record FileOutcome(String fileName, String layout, Outcome outcome, String matchedBy, OutcomeTotal total) {
    public FileOutcome {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(total, "total");
    }
}
