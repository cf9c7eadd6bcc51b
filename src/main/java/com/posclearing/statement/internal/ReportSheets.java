package com.posclearing.statement.internal;

import static com.posclearing.statement.internal.Label.*;

import com.posclearing.statement.BreakLine;
import com.posclearing.statement.FileSummary;
import com.posclearing.statement.Language;
import com.posclearing.statement.MerchantMargin;
import com.posclearing.statement.OutOfBalanceBatch;
import com.posclearing.statement.OutcomeTotal;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.ReconciliationReport;
import com.posclearing.statement.SettlementSummary;
import com.posclearing.statement.SideSummary;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The six sheets of the operators' reconciliation workbook, in order: outcome summary, breaks, pending items,
 * out-of-balance batches, per-file control totals, margin.
 */
public final class ReportSheets {
    private static final List<Column> OUTCOMES = List.of(Column.of(SIDE, 10), Column.of(OUTCOME, 22),
            Column.of(COUNT, 10), Column.of(AMOUNT, 18));
    private static final List<Column> BREAKS = List.of(Column.of(SIDE, 8), Column.of(OUTCOME, 20),
            Column.of(REASON, 40), Column.of(MERCHANT_ID, 17), Column.of(TERMINAL, 10), Column.of(STAN, 8),
            Column.of(RRN, 14), Column.of(TXN_TIME, 20), Column.of(CARD_NO, 22), Column.of(TERMINAL_AMOUNT, 14),
            Column.of(BANK_AMOUNT, 14), Column.of(SOURCE_FILE, 30), Column.of(SOURCE_LINE, 8));
    private static final List<Column> PENDING = List.of(Column.of(MERCHANT_ID, 17), Column.of(ORIGIN_DATE, 12),
            Column.of(TXN_TIME, 20), Column.of(TERMINAL, 10), Column.of(BATCH, 8), Column.of(STAN, 8),
            Column.of(RRN, 14), Column.of(CARD_NO, 22), Column.of(CARD_KIND, 10), Column.of(TXN_TYPE, 12),
            Column.of(AMOUNT, 14));
    private static final List<Column> BATCHES = List.of(Column.of(SOURCE_FILE, 30), Column.of(MERCHANT_ID, 17),
            Column.of(TERMINAL, 10), Column.of(BATCH, 8), Column.of(DECLARED_SALES_COUNT, 12),
            Column.of(DECLARED_SALES, 16), Column.of(DECLARED_REFUND_COUNT, 12), Column.of(DECLARED_REFUNDS, 16),
            Column.of(ACTUAL_SALES_COUNT, 12), Column.of(ACTUAL_SALES, 16), Column.of(ACTUAL_REFUND_COUNT, 12),
            Column.of(ACTUAL_REFUNDS, 16));
    private static final List<Column> FILES = List.of(Column.of(FILE_NAME, 32), Column.of(LAYOUT, 12),
            Column.of(STATUS, 18), Column.of(RECORDS, 10), Column.of(AMOUNT, 18), Column.of(SHA256, 66));
    private static final List<Column> MARGIN = List.of(Column.of(MERCHANT_ID, 17), Column.of(MERCHANT_NAME, 30),
            Column.of(COUNT, 10), Column.of(FEES, 16), Column.of(ACQUIRER_COST, 16), Column.of(Label.MARGIN, 16));

    private static final List<Label> SHEETS = List.of(SHEET_OUTCOMES, SHEET_BREAKS, SHEET_PENDING, SHEET_BATCHES,
            SHEET_FILES, SHEET_MARGIN);

    private final XlsxWorkbook wb;
    private final Language language;

    public ReportSheets(XlsxWorkbook wb, Language language) {
        this.wb = wb;
        this.language = language;
    }

    /** The report workbook's constant parts in {@code language}. */
    public static XlsxTemplate template(Language language, int level) {
        return new XlsxTemplate(SHEETS.stream().map(l -> l.in(language)).toList(), level);
    }

    /** Writes every sheet; returns the number of breaks written. */
    public long write(ReconciliationReport report) throws IOException {
        SheetWriter outcomes = sheet(SHEET_OUTCOMES, OUTCOMES);
        outcomes("TERMINAL", report.summary().terminal(), outcomes);
        outcomes("BANK", report.summary().bank(), outcomes);
        settlement(report.summary().settlement(), outcomes);
        long breaks = 0;
        SheetWriter s = sheet(SHEET_BREAKS, BREAKS);
        for (BreakLine b : report.breaks()) {
            breaks++;
            s.row().text(Codes.name(b.side().name(), language)).text(Codes.name(b.outcome(), language)).text(b.reason())
                    .text(b.merchantId()).text(b.terminalId()).text(b.stan()).text(b.rrn()).dateTime(b.txnTime())
                    .text(b.cardNo()).moneyOrBlank(b.terminalAmountFen()).moneyOrBlank(b.bankAmountFen())
                    .text(b.sourceFile());
            if (b.sourceLine() > 0) {
                s.count(b.sourceLine());
            }
        }
        s = sheet(SHEET_PENDING, PENDING);
        for (PendingItem p : report.pending()) {
            s.row().text(p.merchantId()).date(p.originDate().value()).dateTime(p.txnTime()).text(p.terminalId())
                    .text(p.batchNo()).text(p.stan()).text(p.rrn()).text(p.cardNo())
                    .text(Codes.name(p.cardKind(), language)).text(Codes.name(p.txnType(), language))
                    .money(p.amountFen());
        }
        s = sheet(SHEET_BATCHES, BATCHES);
        for (OutOfBalanceBatch b : report.outOfBalanceBatches()) {
            s.row().text(b.fileName()).text(b.merchantId()).text(b.terminalId()).text(b.batchNo())
                    .count(b.declaredSaleCount()).money(b.declaredSaleFen()).count(b.declaredRefundCount())
                    .money(b.declaredRefundFen()).count(b.actualSaleCount()).money(b.actualSaleFen())
                    .count(b.actualRefundCount()).money(b.actualRefundFen());
        }
        s = sheet(SHEET_FILES, FILES);
        for (FileSummary f : report.summary().files()) {
            s.row().text(f.name()).text(f.layout()).text(f.status()).count(f.records()).money(f.amountFen()).text(f.sha256());
        }
        s = sheet(SHEET_MARGIN, MARGIN);
        for (MerchantMargin m : report.margins()) {
            s.row().text(m.merchantId()).text(m.merchantName()).count(m.count()).money(m.feesFen())
                    .money(m.acquirerCostFen()).money(m.marginFen());
        }
        return breaks;
    }

    /** The next sheet; {@code name} only documents which one it is (the template holds the names, in order). */
    private SheetWriter sheet(Label name, List<Column> columns) throws IOException {
        if (!name.in(language).equals(wb.nextSheetName())) {
            throw new IllegalStateException("sheet " + name + " written out of order");
        }
        return wb.sheet(columns, language);
    }

    /** The run's money and its invariant, below the outcome table, so one sheet answers "did it balance?". */
    private void settlement(SettlementSummary m, SheetWriter s) throws IOException {
        s.skipRow().tableHeader(List.of(Column.of(ITEM, 10), Column.of(VALUE, 22)), language);
        s.row().text(SALES_AMOUNT, language).money(m.salesFen());
        s.row().text(REFUND_AMOUNT, language).money(m.refundsFen());
        s.row().text(FEES, language).money(m.feesFen());
        s.row().text(ADJUSTMENTS, language).money(m.adjustmentsFen());
        s.row().text(PAYOUT_COUNT, language).count(m.payouts().count());
        s.row().text(PAYOUT, language).money(m.payouts().totalFen());
        s.row().text(OPENING, language).money(m.openingFen());
        s.row().text(CLOSING, language).money(m.closingFen());
        s.row().text(HELD_AMOUNT, language).money(m.heldFen());
        s.row().text(Label.MARGIN, language).money(m.marginFen());
        s.row().text(INVARIANT_LEFT, language).money(m.invariantLeftFen());
        s.row().text(INVARIANT_RIGHT, language).money(m.invariantRightFen());
        s.row().text(BALANCED, language).text(m.balanced() ? YES : NO, language);
    }

    private void outcomes(String side, SideSummary summary, SheetWriter s) throws IOException {
        for (Map.Entry<String, OutcomeTotal> e : summary.outcomes().entrySet()) {
            s.row().text(Codes.name(side, language)).text(Codes.name(e.getKey(), language)).count(e.getValue().count())
                    .money(e.getValue().amountFen());
        }
    }
}
