package com.posclearing.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One transition of a break, for the report's audit of who changed what (SPEC 3.4).
 *
 * @param fromState the state before, empty when the break was found
 * @param action    the action code once one is proposed, else empty
 */
public record BreakEventLine(String breakId, LocalDateTime at, String actor, String fromState, String toState, String action,
        String reason) {
    public BreakEventLine {
        Objects.requireNonNull(breakId, "breakId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(toState, "toState");
        actor = Objects.toString(actor, "");
        fromState = Objects.toString(fromState, "");
        action = Objects.toString(action, "");
        reason = Objects.toString(reason, "");
    }
}
