package com.posclearing.resolution;

import java.time.LocalDateTime;

/**
 * A resolution decided (approved, or a write-off decided by its maker) on a date, for the reconciliation report.
 *
 * @param amountFen   what it settles to the merchant (gross, before the fee), 0 for a write-off
 * @param gainLossFen for write-offs and TERMINAL_WINS: the acquirer's gain (positive) or loss (negative)
 */
public record ResolutionRow(BreakId breakId, BreakAction action, String proposedBy, String approvedBy, LocalDateTime decidedAt,
        String reason, long amountFen, long gainLossFen) {
}
