package com.posclearing.statement.internal;

import static com.posclearing.statement.internal.Label.*;

import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.AdjustmentLine;
import com.posclearing.statement.Language;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import java.io.IOException;
import java.util.List;

/**
 * The three sheets of a merchant statement workbook, in order: summary, transactions, pending items. Written in that
 * order into one {@link XlsxWorkbook} opened from {@link #template}.
 */
public final class StatementSheets {
    private static final List<Column> SUMMARY = List.of(Column.of(ITEM, 18), Column.of(VALUE, 30));
    private static final List<Column> CARD_KINDS = List.of(Column.of(CARD_KIND, 18), Column.of(COUNT, 30),
            Column.of(AMOUNT, 16), Column.of(FEE, 14));
    private static final List<Column> TRANSACTIONS = List.of(Column.of(TXN_TIME, 20), Column.of(TERMINAL, 10),
            Column.of(BATCH, 8), Column.of(STAN, 8), Column.of(RRN, 14), Column.of(CARD_NO, 22), Column.of(CARD_KIND, 10),
            Column.of(TXN_TYPE, 12), Column.of(AMOUNT, 14), Column.of(FEE, 12), Column.of(NET_AMOUNT, 14),
            Column.of(OUTCOME, 14));
    private static final List<Column> PENDING = List.of(Column.of(ORIGIN_DATE, 12), Column.of(TXN_TIME, 20),
            Column.of(TERMINAL, 10), Column.of(BATCH, 8), Column.of(STAN, 8), Column.of(RRN, 14), Column.of(CARD_NO, 22),
            Column.of(CARD_KIND, 10), Column.of(TXN_TYPE, 12), Column.of(AMOUNT, 14));
    /** The summary sheet holds two tables: its columns fit the wider, the card-kind breakdown. */
    private static final int[] SUMMARY_WIDTHS = {18, 30, 16, 14};

    private final XlsxWorkbook wb;
    private final Language language;
    private SheetWriter transactions;
    private SheetWriter pending;

    public StatementSheets(XlsxWorkbook wb, Language language) {
        this.wb = wb;
        this.language = language;
    }

    /** The statement workbook's constant parts in {@code language}, sheets deflated at {@code level}. */
    public static XlsxTemplate template(Language language, int level) {
        return new XlsxTemplate(List.of(SHEET_SUMMARY.in(language), SHEET_TXNS.in(language), SHEET_PENDING.in(language)),
                level);
    }

    public void summary(StatementHeader h) throws IOException {
        SheetWriter s = wb.sheet(SUMMARY_WIDTHS, SUMMARY, language);
        s.row().text(MERCHANT_ID, language).text(h.merchantId());
        s.row().text(MERCHANT_NAME, language).text(h.merchantName());
        s.row().text(BUSINESS_DATE, language).date(h.businessDate().value());
        s.row().text(VALUE_DATE, language).date(h.valueDate());
        s.row().text(OPENING, language).money(h.openingFen());
        s.row().text(SALES_COUNT, language).count(h.salesCount());
        s.row().text(SALES_AMOUNT, language).money(h.salesFen());
        s.row().text(REFUND_COUNT, language).count(h.refundCount());
        s.row().text(REFUND_AMOUNT, language).money(h.refundsFen());
        s.row().text(FEES, language).money(h.feesFen());
        s.row().text(ADJUSTMENTS, language).money(h.adjustmentsFen());
        s.row().text(NET, language).money(h.netFen());
        s.row().text(PAYOUT, language).money(h.payoutFen());
        s.row().text(CLOSING, language).money(h.closingFen());
        s.row().text(ACCOUNT_LAST4, language).text(h.accountLast4());
        s.row().text(HELD, language).text(h.held() ? YES : NO, language);
        s.skipRow().tableHeader(CARD_KINDS, language);
        for (CardKindTotal k : h.cardKinds()) {
            s.row().text(Codes.name(k.cardKind(), language)).count(k.count()).money(k.amountFen()).money(k.feeFen());
        }
    }

    public void startTransactions() throws IOException {
        transactions = wb.sheet(TRANSACTIONS, language);
    }

    public void transaction(StatementLine l) throws IOException {
        transactions.row().dateTime(l.txnTime()).text(l.terminalId()).text(l.batchNo()).text(l.stan()).text(l.rrn())
                .text(l.cardNo()).text(Codes.name(l.cardKind(), language)).text(Codes.name(l.txnType(), language))
                .money(l.amountFen()).money(l.feeFen()).money(l.netFen()).text(Codes.name(l.outcome(), language));
    }

    /** A resolution adjustment among the transactions: its date in the time column, no batch, STAN or card. */
    public void adjustment(AdjustmentLine a) throws IOException {
        transactions.row().date(a.txnDate()).text(a.terminalId()).text("").text("").text(a.rrn()).text("").text("")
                .text(Codes.name(AdjustmentLine.TXN_TYPE, language)).money(a.amountFen()).money(a.feeFen())
                .money(a.netFen()).text(Codes.name(a.outcome(), language));
    }

    public void startPending() throws IOException {
        pending = wb.sheet(PENDING, language);
    }

    public void pending(PendingItem p) throws IOException {
        pending.row().date(p.originDate().value()).dateTime(p.txnTime()).text(p.terminalId()).text(p.batchNo())
                .text(p.stan()).text(p.rrn()).text(p.cardNo()).text(Codes.name(p.cardKind(), language))
                .text(Codes.name(p.txnType(), language)).money(p.amountFen());
    }
}
