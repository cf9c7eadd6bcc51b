package com.posclearing.statement.internal;

import static com.posclearing.support.i18n.Label.*;

import com.posclearing.statement.AdjustmentLine;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.support.i18n.Codes;
import com.posclearing.support.i18n.Label;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.xlsx.Column;
import com.posclearing.support.xlsx.Layout;
import com.posclearing.support.xlsx.SheetWriter;
import com.posclearing.support.xlsx.TitleBlock;
import com.posclearing.support.xlsx.XlsxLimits;
import com.posclearing.support.xlsx.XlsxTemplate;
import com.posclearing.support.xlsx.XlsxWorkbook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The three sheets of a merchant statement workbook, in order: summary, transactions, pending items. Written in that
 * order into one {@link XlsxWorkbook} opened from {@link #template} under {@link #title}; the transactions and the
 * pending items end in a totals row, in their last sheet.
 */
public final class StatementSheets {
    private static final List<LabelColumn> SUMMARY = List.of(col(ITEM, 18), col(VALUE, 30));
    private static final List<LabelColumn> CARD_KINDS = List.of(col(CARD_KIND, 18), col(COUNT, 30), col(AMOUNT, 16),
            col(FEE, 14));
    private static final List<LabelColumn> TRANSACTIONS = List.of(col(TXN_TIME, 20), col(TERMINAL, 10), col(BATCH, 8),
            col(STAN, 8), col(RRN, 14), col(CARD_NO, 22), col(CARD_KIND, 10), col(TXN_TYPE, 12), col(AMOUNT, 14),
            col(FEE, 12), col(NET_AMOUNT, 14), col(OUTCOME, 14));
    private static final List<LabelColumn> PENDING = List.of(col(ORIGIN_DATE, 12), col(TXN_TIME, 20), col(TERMINAL, 10),
            col(BATCH, 8), col(STAN, 8), col(RRN, 14), col(CARD_NO, 22), col(CARD_KIND, 10), col(TXN_TYPE, 12),
            col(AMOUNT, 14));
    /** The summary sheet holds two tables: its columns fit the wider, the card-kind breakdown. */
    private static final int[] SUMMARY_WIDTHS = {18, 30, 16, 14};

    /** A column whose header is a label, named in the workbook's language. */
    private record LabelColumn(Label label, int widthChars) {
        static List<Column> in(List<LabelColumn> columns, Language language) {
            return columns.stream().map(c -> Column.of(c.label().in(language), c.widthChars())).toList();
        }
    }

    private final XlsxWorkbook wb;
    private final Language language;
    private final Plan plan;
    private SheetWriter transactions;
    private SheetWriter pending;
    private int transactionSheets;
    private int pendingSheets;
    private long amountFen;
    private long feeFen;
    private long netFen;
    private long pendingFen;

    /**
     * How many sheets the transactions and the pending items take: one each, or more when a merchant's rows pass a
     * sheet's limit (each continues in {@code 交易明细 (2)}…, under its own header row).
     */
    public record Plan(int transactionSheets, int pendingSheets) {
        public static final Plan ONE_EACH = new Plan(1, 1);

        /** @param lines transaction and adjustment rows, or -1 when not known (one sheet: more is refused) */
        public static Plan of(long lines, long pendingItems, int maxRowsPerSheet) {
            return new Plan(XlsxLimits.sheetsFor(Math.max(0, lines) + 1, maxRowsPerSheet), // and the totals row
                    XlsxLimits.sheetsFor(Math.max(0, pendingItems) + 1, maxRowsPerSheet));
        }
    }

    public StatementSheets(XlsxWorkbook wb, Language language, Plan plan) {
        this.wb = wb;
        this.language = language;
        this.plan = plan;
    }

    private static LabelColumn col(Label label, int widthChars) {
        return new LabelColumn(label, widthChars);
    }

    private static int column(List<LabelColumn> columns, Label label) {
        return columns.stream().map(LabelColumn::label).toList().indexOf(label);
    }

    /** The statement workbook's constant parts in {@code language} for {@code plan}, sheets deflated at {@code level}. */
    public static XlsxTemplate template(Language language, int level, int maxRowsPerSheet, Plan plan) {
        List<String> names = new ArrayList<>();
        names.add(SHEET_SUMMARY.in(language));
        names.addAll(XlsxLimits.continuedNames(SHEET_TXNS.in(language), plan.transactionSheets()));
        names.addAll(XlsxLimits.continuedNames(SHEET_PENDING.in(language), plan.pendingSheets()));
        return new XlsxTemplate(names, level, maxRowsPerSheet);
    }

    /** Above every sheet: the acquirer, the merchant and the business date. */
    public static TitleBlock title(String acquirer, StatementHeader h, Language language) {
        return new TitleBlock(acquirer, h.merchantId().value() + " " + h.merchantName(),
                BUSINESS_DATE.in(language) + " " + h.businessDate(), PAGE_NUMBERS.in(language));
    }

    public void summary(StatementHeader h) throws IOException {
        SheetWriter s = wb.sheet(Layout.FORM, SUMMARY_WIDTHS, LabelColumn.in(SUMMARY, language));
        s.row().text(MERCHANT_ID.in(language)).text(h.merchantId());
        s.row().text(MERCHANT_NAME.in(language)).text(h.merchantName());
        s.row().text(BUSINESS_DATE.in(language)).date(h.businessDate().value());
        s.row().text(VALUE_DATE.in(language)).date(h.valueDate());
        s.row().text(OPENING.in(language)).money(h.openingFen());
        s.row().text(SALES_COUNT.in(language)).count(h.salesCount());
        s.row().text(SALES_AMOUNT.in(language)).money(h.salesFen());
        s.row().text(REFUND_COUNT.in(language)).count(h.refundCount());
        s.row().text(REFUND_AMOUNT.in(language)).money(h.refundsFen());
        s.row().text(FEES.in(language)).money(h.feesFen());
        s.row().text(ADJUSTMENTS.in(language)).money(h.adjustmentsFen());
        s.row().text(NET.in(language)).money(h.netFen());
        s.row().text(PAYOUT.in(language)).money(h.payoutFen());
        s.row().text(CLOSING.in(language)).money(h.closingFen());
        s.row().text(ACCOUNT_LAST4.in(language)).text(h.accountLast4());
        s.row().text(HELD.in(language)).text((h.held() ? YES : NO).in(language));
        s.skipRow().tableHeader(LabelColumn.in(CARD_KINDS, language));
        for (CardKindTotal k : h.cardKinds()) {
            s.row().text(Codes.name(k.cardKind(), language)).count(k.count()).money(k.amountFen()).money(k.feeFen());
        }
    }

    public void startTransactions() throws IOException {
        transactions = wb.sheet(Layout.TABLE, LabelColumn.in(TRANSACTIONS, language));
        transactionSheets = 1;
    }

    public void transaction(StatementLine l) throws IOException {
        add(l.amountFen(), l.feeFen(), l.netFen());
        transactionsSheet().row().dateTime(l.txnTime()).text(l.terminalId()).text(l.batchNo()).text(l.stan()).text(l.rrn())
                .text(l.cardNo()).text(Codes.name(l.cardKind(), language)).text(Codes.name(l.txnType(), language))
                .money(l.amountFen()).money(l.feeFen()).money(l.netFen()).text(Codes.name(l.outcome(), language));
    }

    /** A resolution adjustment among the transactions: its date in the time column, no batch, STAN or card. */
    public void adjustment(AdjustmentLine a) throws IOException {
        add(a.amountFen(), a.feeFen(), a.netFen());
        transactionsSheet().row().date(a.txnDate()).text(a.terminalId()).text("").text("").text(a.rrn()).text("").text("")
                .text(Codes.name(AdjustmentLine.TXN_TYPE, language)).money(a.amountFen()).money(a.feeFen())
                .money(a.netFen()).text(Codes.name(a.outcome(), language));
    }

    /** The transactions' totals row: amount, fee and net summed over every line and adjustment. */
    public void endTransactions() throws IOException {
        transactionsSheet().totalsRow().text(TOTAL.in(language)).blanks(column(TRANSACTIONS, AMOUNT) - 1)
                .money(amountFen).money(feeFen).money(netFen);
    }

    public void startPending() throws IOException {
        pending = wb.sheet(Layout.TABLE, LabelColumn.in(PENDING, language));
        pendingSheets = 1;
    }

    public void pending(PendingItem p) throws IOException {
        pendingFen = Math.addExact(pendingFen, p.amountFen());
        pendingSheet().row().date(p.originDate().value()).dateTime(p.txnTime()).text(p.terminalId()).text(p.batchNo())
                .text(p.stan()).text(p.rrn()).text(p.cardNo()).text(Codes.name(p.cardKind(), language))
                .text(Codes.name(p.txnType(), language)).money(p.amountFen());
    }

    /** The pending items' totals row: their amounts summed. */
    public void endPending() throws IOException {
        pendingSheet().totalsRow().text(TOTAL.in(language)).blanks(column(PENDING, AMOUNT) - 1).money(pendingFen);
    }

    private void add(long amount, long fee, long net) {
        amountFen = Math.addExact(amountFen, amount);
        feeFen = Math.addExact(feeFen, fee);
        netFen = Math.addExact(netFen, net);
    }

    /** The sheet of the next transactions row: the next planned sheet when this one is full. */
    private SheetWriter transactionsSheet() throws IOException {
        if (transactions.full() && transactionSheets < plan.transactionSheets()) {
            transactions = wb.sheet(Layout.TABLE, LabelColumn.in(TRANSACTIONS, language));
            transactionSheets++;
        }
        return transactions;
    }

    private SheetWriter pendingSheet() throws IOException {
        if (pending.full() && pendingSheets < plan.pendingSheets()) {
            pending = wb.sheet(Layout.TABLE, LabelColumn.in(PENDING, language));
            pendingSheets++;
        }
        return pending;
    }
}
