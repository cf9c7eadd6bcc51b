package com.posclearing.report;

import com.posclearing.agents.AgentTotal;
import com.posclearing.agents.ShareInvariant;
import com.posclearing.statement.PendingItem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operators' reconciliation workbook shows. The iterables are iterated once each, as the sheets are
 * written, so they may stream from the database.
 *
 * @param summary          the run summary: outcome totals per side and the per-file control totals
 * @param trend            the last business dates with a completed run, oldest first, this one last (the charts)
 * @param breakAges        open breaks by state and age
 * @param resolutions      resolutions decided on this date
 * @param breakEvents      every transition of a break on this date: who, when, from, to, why
 * @param breakFlagAgeDays breaks older than this many days are flagged
 * @param agentShares      each agent's share of the date (SPEC 3.5), ordered by agent id
 * @param sharing          the date's sharing invariant; empty when the run has no accrual
 */
public record ReconciliationReport(
        RunSummary summary,
        Iterable<BreakLine> breaks,
        Iterable<PendingItem> pending,
        List<OutOfBalanceBatch> outOfBalanceBatches,
        Iterable<MerchantMargin> margins,
        List<DailyOutcomes> trend,
        List<BreakAgeLine> breakAges,
        List<ResolutionLine> resolutions,
        List<BreakEventLine> breakEvents,
        int breakFlagAgeDays,
        List<AgentTotal> agentShares,
        Optional<ShareInvariant> sharing) {

    public ReconciliationReport {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(breaks, "breaks");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(margins, "margins");
        outOfBalanceBatches = List.copyOf(outOfBalanceBatches);
        trend = List.copyOf(trend);
        breakAges = List.copyOf(breakAges);
        resolutions = List.copyOf(resolutions);
        breakEvents = List.copyOf(breakEvents);
        agentShares = List.copyOf(agentShares);
        Objects.requireNonNull(sharing, "sharing");
        if (breakFlagAgeDays < 0) {
            throw new IllegalArgumentException("break flag age must not be negative, got " + breakFlagAgeDays);
        }
    }
}
