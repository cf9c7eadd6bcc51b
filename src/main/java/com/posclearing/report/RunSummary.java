package com.posclearing.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.posclearing.kernel.BusinessDate;
import java.util.List;
import java.util.Objects;

/**
 * The run of business date D as written to {@code summary.json} (SPEC 4). Members serialize in declaration
 * order; amounts are integer fen.
 *
 * @param run    1 for the first run of D, 2 for its first rerun, ...
 * @param status {@value #AWAITING_DELIVERY} when the reports step writes it, {@code FAILED} when the settlement
 *               invariant does not hold; the deliver step then sets {@code DELIVERED} (payout file at the bank) or
 *               {@code COMPLETED} (no bank target) and adds a {@link DeliverySummary}
 */
public record RunSummary(
        @JsonSerialize(using = ToStringSerializer.class) BusinessDate businessDate,
        int run,
        String status,
        List<FileSummary> files,
        SideSummary terminal,
        SideSummary bank,
        long outOfBalanceBatches,
        SettlementSummary settlement) {
    public static final String AWAITING_DELIVERY = "AWAITING_DELIVERY";

    public RunSummary {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(settlement, "settlement");
        files = List.copyOf(files);
        if (run < 1) {
            throw new IllegalArgumentException("run must be 1 or more, got " + run);
        }
    }
}
