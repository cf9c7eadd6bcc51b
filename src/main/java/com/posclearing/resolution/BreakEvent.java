package com.posclearing.resolution;

import java.time.LocalDateTime;

/** One transition of a break, as recorded once and never changed: who, when, from, to, why. */
public record BreakEvent(BreakId breakId, int seqNo, LocalDateTime at, String actor, BreakState from, BreakState to,
        BreakAction action, String reason) {
}
