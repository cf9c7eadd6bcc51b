package com.posclearing.statement.internal;

import static com.posclearing.statement.internal.Label.*;

import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.Language;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/** The three sheets of a merchant statement workbook, in order: summary, transactions, pending items. */
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

    private final Workbook wb;
    private final Language language;
    private final Styles styles;
    private SheetWriter transactions;
    private SheetWriter pending;

    public StatementSheets(Workbook wb, Language language) {
        this.wb = wb;
        this.language = language;
        this.styles = Styles.create(wb);
    }

    public void summary(StatementHeader h) {
        SheetWriter s = new SheetWriter(wb.createSheet(SHEET_SUMMARY.in(language)), styles);
        s.header(SUMMARY, language).widths(18, 30, 16, 14);
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

    public void startTransactions() {
        transactions = new SheetWriter(wb.createSheet(SHEET_TXNS.in(language)), styles).header(TRANSACTIONS, language);
    }

    public void transaction(StatementLine l) {
        transactions.row().dateTime(l.txnTime()).text(l.terminalId()).text(l.batchNo()).text(l.stan()).text(l.rrn())
                .text(l.cardNo()).text(Codes.name(l.cardKind(), language)).text(Codes.name(l.txnType(), language))
                .money(l.amountFen()).money(l.feeFen()).money(l.netFen()).text(Codes.name(l.outcome(), language));
    }

    public void startPending() {
        pending = new SheetWriter(wb.createSheet(SHEET_PENDING.in(language)), styles).header(PENDING, language);
    }

    public void pending(PendingItem p) {
        pending.row().date(p.originDate().value()).dateTime(p.txnTime()).text(p.terminalId()).text(p.batchNo())
                .text(p.stan()).text(p.rrn()).text(p.cardNo()).text(Codes.name(p.cardKind(), language))
                .text(Codes.name(p.txnType(), language)).money(p.amountFen());
    }
}
