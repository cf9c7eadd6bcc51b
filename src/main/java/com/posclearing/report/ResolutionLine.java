package com.posclearing.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One break resolution decided on the report's date, for the "resolutions of the day" section.
 *
 * @param breakId     the break's id as operators see it
 * @param action      the action code, e.g. {@code WRITE_OFF}
 * @param proposer    who proposed it (maker)
 * @param approver    who approved it (checker)
 * @param decidedAt   when it was approved
 * @param reason      the maker's reason
 * @param amountFen   the break's amount
 * @param gainLossFen the write-off's effect on the acquirer: positive a gain, negative a loss, 0 for other actions
 */
public record ResolutionLine(String breakId, String action, String proposer, String approver, LocalDateTime decidedAt,
        String reason, long amountFen, long gainLossFen) {
    public ResolutionLine {
        Objects.requireNonNull(breakId, "breakId");
        Objects.requireNonNull(action, "action");
        proposer = Objects.toString(proposer, "");
        approver = Objects.toString(approver, "");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reason = Objects.toString(reason, "");
    }
}
