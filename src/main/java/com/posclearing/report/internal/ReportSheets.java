package com.posclearing.report.internal;

import static com.posclearing.support.i18n.Label.*;

import com.posclearing.agents.AgentTotal;
import com.posclearing.report.BreakAgeLine;
import com.posclearing.report.BreakEventLine;
import com.posclearing.report.BreakLine;
import com.posclearing.report.FileSummary;
import com.posclearing.report.MerchantMargin;
import com.posclearing.report.OutOfBalanceBatch;
import com.posclearing.report.OutcomeTotal;
import com.posclearing.report.ReconciliationReport;
import com.posclearing.report.ResolutionLine;
import com.posclearing.report.SettlementSummary;
import com.posclearing.report.SideSummary;
import com.posclearing.statement.PendingItem;
import com.posclearing.support.i18n.Codes;
import com.posclearing.support.i18n.Label;
import com.posclearing.support.i18n.Language;
import java.util.List;
import java.util.Map;

/**
 * The sheets of the operators' reconciliation workbook, in order: charts, outcome summary, breaks (with a filter),
 * breaks by state and age, resolutions of the day, pending items, out-of-balance batches, per-file control totals,
 * margin. Every label and reason in the report's language.
 */
public final class ReportSheets {
    private static final List<Label> OUTCOMES = List.of(SIDE, OUTCOME, COUNT, AMOUNT);
    private static final List<Label> BREAKS = List.of(SIDE, OUTCOME, REASON, MERCHANT_ID, TERMINAL, STAN, RRN, TXN_TIME,
            CARD_NO, TERMINAL_AMOUNT, BANK_AMOUNT, SOURCE_FILE, SOURCE_LINE);
    private static final List<Label> AGES = List.of(STATE, AGE_DAYS, COUNT, AMOUNT, OVER_AGE);
    private static final List<Label> RESOLUTIONS = List.of(BREAK_ID, ACTION, PROPOSER, APPROVER, DECIDED_AT, REASON, AMOUNT,
            GAIN_LOSS);
    private static final List<Label> EVENTS = List.of(BREAK_ID, EVENT_AT, ACTOR, FROM_STATE, TO_STATE, ACTION, REASON);
    private static final List<Label> PENDING = List.of(MERCHANT_ID, ORIGIN_DATE, TXN_TIME, TERMINAL, BATCH, STAN, RRN, CARD_NO,
            CARD_KIND, TXN_TYPE, AMOUNT);
    private static final List<Label> BATCHES = List.of(SOURCE_FILE, MERCHANT_ID, TERMINAL, BATCH, DECLARED_SALES_COUNT,
            DECLARED_SALES, DECLARED_REFUND_COUNT, DECLARED_REFUNDS, ACTUAL_SALES_COUNT, ACTUAL_SALES, ACTUAL_REFUND_COUNT,
            ACTUAL_REFUNDS);
    private static final List<Label> FILES = List.of(FILE_NAME, LAYOUT, STATUS, RECORDS, AMOUNT, SHA256);
    private static final List<Label> MARGINS = List.of(MERCHANT_ID, MERCHANT_NAME, COUNT, FEES, ACQUIRER_COST, MARGIN);
    private static final List<Label> AGENT_SHARES = List.of(AGENT_ID, SHARES, CLAWBACKS, INVERTED_COUNT, INVERTED_AMOUNT);

    private final ReportBook book;
    private final Language language;

    public ReportSheets(ReportBook book) {
        this.book = book;
        this.language = book.language;
    }

    /** Writes every sheet; returns the number of breaks written. */
    public long write(ReconciliationReport report) {
        TrendChart.write(book, report.trend());
        ReportSheet s = book.sheet(SHEET_OUTCOMES).header(OUTCOMES);
        outcomes("TERMINAL", report.summary().terminal(), s);
        outcomes("BANK", report.summary().bank(), s);
        settlement(report.summary().settlement(), s);
        s.finish(false);
        long breaks = breaks(report);
        ages(report);
        resolutions(report.resolutions(), report.breakEvents());
        s = book.sheet(SHEET_PENDING).header(PENDING);
        for (PendingItem p : report.pending()) {
            s.row().text(p.merchantId().value()).date(p.originDate().value()).dateTime(p.txnTime()).text(p.terminalId().value())
                    .text(p.batchNo()).text(p.stan().value()).text(p.rrn().value()).text(p.cardNo().value())
                    .text(Codes.name(p.cardKind(), language)).text(Codes.name(p.txnType(), language)).money(p.amountFen());
        }
        s.finish(false);
        s = book.sheet(SHEET_BATCHES).header(BATCHES);
        for (OutOfBalanceBatch b : report.outOfBalanceBatches()) {
            s.row().text(b.fileName()).text(b.merchantId().value()).text(b.terminalId().value()).text(b.batchNo())
                    .count(b.declaredSaleCount()).money(b.declaredSaleFen()).count(b.declaredRefundCount())
                    .money(b.declaredRefundFen()).count(b.actualSaleCount()).money(b.actualSaleFen())
                    .count(b.actualRefundCount()).money(b.actualRefundFen());
        }
        s.finish(false);
        s = book.sheet(SHEET_FILES).header(FILES);
        for (FileSummary f : report.summary().files()) {
            s.row().text(f.name()).text(f.layout()).text(f.status()).count(f.records()).money(f.amountFen()).text(f.sha256());
        }
        s.finish(false);
        s = book.sheet(SHEET_MARGIN).header(MARGINS);
        for (MerchantMargin m : report.margins()) {
            s.row().text(m.merchantId().value()).text(m.merchantName()).count(m.count()).money(m.feesFen())
                    .money(m.acquirerCostFen()).money(m.marginFen());
        }
        s.finish(false);
        agentShares(report);
        return breaks;
    }

    /** SPEC 3.5: each agent's share of the date (claw-backs and 倒挂 included), then the sharing invariant. */
    private void agentShares(ReconciliationReport report) {
        ReportSheet s = book.sheet(SHEET_AGENT_SHARES).header(AGENT_SHARES);
        for (AgentTotal a : report.agentShares()) {
            s.row().text(a.agentId()).money(a.shareFen()).money(a.clawbackFen()).count(a.invertedCount()).money(a.invertedFen());
        }
        report.sharing().ifPresent(inv -> {
            s.skipRow().header(List.of(ITEM, VALUE));
            s.row().label(FEES).money(inv.merchantFeesFen());
            s.row().label(SHARES).money(inv.agentSharesFen());
            s.row().label(ACQUIRER_KEEP).money(inv.acquirerKeepFen());
            s.row().label(ACQUIRER_COST).money(inv.networkCostFen());
            s.row().label(Label.MARGIN).money(inv.marginFen());
            s.row().label(BALANCED).label(inv.balanced() ? YES : NO);
        });
        s.finish(false);
    }

    private long breaks(ReconciliationReport report) {
        ReportSheet s = book.sheet(SHEET_BREAKS).header(BREAKS);
        long breaks = 0;
        for (BreakLine b : report.breaks()) {
            breaks++;
            s.row().text(Codes.name(b.side().name(), language)).text(Codes.name(b.outcome(), language))
                    .text(ReasonText.of(b, language)).text(b.merchantId()).text(b.terminalId()).text(b.stan()).text(b.rrn())
                    .dateTime(b.txnTime()).text(b.cardNo() == null ? "" : b.cardNo().value())
                    .moneyOrBlank(b.terminalAmountFen()).moneyOrBlank(b.bankAmountFen()).text(b.sourceFile());
            if (b.sourceLine() > 0) {
                s.count(b.sourceLine());
            }
        }
        s.finish(true);
        return breaks;
    }

    /** Open breaks by state and age; buckets older than the flag age in red. */
    private void ages(ReconciliationReport report) {
        ReportSheet s = book.sheet(SHEET_BREAK_AGES).header(AGES);
        for (BreakAgeLine a : report.breakAges()) {
            s.row().text(Codes.name(a.state(), language)).text(a.ageBucket()).count(a.count()).money(a.amountFen());
            if (a.overAge()) {
                s.flagged(YES.in(language));
            } else {
                s.label(NO);
            }
        }
        if (report.breakAges().isEmpty()) {
            s.row().label(NO_OPEN_BREAKS);
        }
        s.skipRow().row().label(FLAG_AGE_DAYS).count(report.breakFlagAgeDays());
        s.finish(false);
    }

    /** Who decided what today, the write-offs' gains and losses, then every transition of the day (the audit). */
    private void resolutions(List<ResolutionLine> resolutions, List<BreakEventLine> events) {
        ReportSheet s = book.sheet(SHEET_RESOLUTIONS).header(RESOLUTIONS);
        long gainsFen = 0;
        long lossesFen = 0;
        for (ResolutionLine r : resolutions) {
            s.row().text(r.breakId()).text(Codes.name(r.action(), language)).text(r.proposer()).text(r.approver())
                    .dateTime(r.decidedAt()).text(r.reason()).money(r.amountFen()).money(r.gainLossFen());
            gainsFen += Math.max(0, r.gainLossFen());
            lossesFen += Math.min(0, r.gainLossFen());
        }
        if (resolutions.isEmpty()) {
            s.row().label(NO_RESOLUTIONS);
        }
        s.skipRow().row().label(WRITE_OFF_GAINS).money(gainsFen);
        s.row().label(WRITE_OFF_LOSSES).money(lossesFen);
        s.skipRow().row().label(BREAK_EVENTS);
        s.header(EVENTS);
        for (BreakEventLine e : events) {
            s.row().text(e.breakId()).dateTime(e.at()).text(e.actor()).text(Codes.name(e.fromState(), language))
                    .text(Codes.name(e.toState(), language)).text(Codes.name(e.action(), language)).text(e.reason());
        }
        if (events.isEmpty()) {
            s.row().label(NO_BREAK_EVENTS);
        }
        s.finish(false);
    }

    /** The run's money and its invariant, below the outcome table, so one sheet answers "did it balance?". */
    private void settlement(SettlementSummary m, ReportSheet s) {
        s.skipRow().header(List.of(ITEM, VALUE));
        s.row().label(SALES_AMOUNT).money(m.salesFen());
        s.row().label(REFUND_AMOUNT).money(m.refundsFen());
        s.row().label(FEES).money(m.feesFen());
        s.row().label(ADJUSTMENTS).money(m.adjustmentsFen());
        s.row().label(PAYOUT_COUNT).count(m.payouts().count());
        s.row().label(PAYOUT).money(m.payouts().totalFen());
        s.row().label(OPENING).money(m.openingFen());
        s.row().label(CLOSING).money(m.closingFen());
        s.row().label(HELD_AMOUNT).money(m.heldFen());
        s.row().label(Label.MARGIN).money(m.marginFen());
        s.row().label(INVARIANT_LEFT).money(m.invariantLeftFen());
        s.row().label(INVARIANT_RIGHT).money(m.invariantRightFen());
        s.row().label(BALANCED).label(m.balanced() ? YES : NO);
    }

    private void outcomes(String side, SideSummary summary, ReportSheet s) {
        for (Map.Entry<String, OutcomeTotal> e : summary.outcomes().entrySet()) {
            s.row().text(Codes.name(side, language)).text(Codes.name(e.getKey(), language)).count(e.getValue().count())
                    .money(e.getValue().amountFen());
        }
    }
}
