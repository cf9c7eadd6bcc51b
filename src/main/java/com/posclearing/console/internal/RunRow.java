package com.posclearing.console.internal;

import com.posclearing.runs.RunRegistry;
import com.posclearing.report.SettlementSummary;
import java.time.Duration;
import java.util.Optional;

/** A run as a line of the runs page: its record and, once settled, its money. */
record RunRow(RunRegistry.Run run, Optional<SettlementSummary> money) {
    /** Seconds it took, or null while it runs. */
    public Long durationSeconds() {
        return run.finishedAt() == null ? null : Duration.between(run.startedAt(), run.finishedAt()).toSeconds();
    }
}
