package com.posclearing.statement;

import java.util.List;
import java.util.Objects;

/**
 * What the operators' reconciliation workbook shows. The iterables are iterated once each, as the sheets are
 * written, so they may stream from the database.
 *
 * @param summary the run summary: outcome totals per side and the per-file control totals
 */
public record ReconciliationReport(
        RunSummary summary,
        Iterable<BreakLine> breaks,
        Iterable<PendingItem> pending,
        List<OutOfBalanceBatch> outOfBalanceBatches,
        Iterable<MerchantMargin> margins) {

    public ReconciliationReport {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(breaks, "breaks");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(margins, "margins");
        outOfBalanceBatches = List.copyOf(outOfBalanceBatches);
    }
}
