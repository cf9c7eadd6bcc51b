package com.posclearing.statement;

import static com.posclearing.support.i18n.Label.*;

import com.posclearing.agents.AgentMonth;
import com.posclearing.kernel.Yuan;
import com.posclearing.support.files.AgentMonthPaths;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.TextGuard;
import com.posclearing.support.i18n.Codes;
import com.posclearing.support.i18n.Label;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.xlsx.Column;
import com.posclearing.support.xlsx.Layout;
import com.posclearing.support.xlsx.SheetWriter;
import com.posclearing.support.xlsx.TitleBlock;
import com.posclearing.support.xlsx.XlsxTemplate;
import com.posclearing.support.xlsx.XlsxWorkbook;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Writes one agent's statement of a month (SPEC 3.5): {@code {agentId}.xlsx} (a summary of the month and its lines per
 * merchant, card kind and entry, and their totals) and {@code {agentId}.csv} (the lines), each to a temp name renamed
 * when complete, in the style of the merchant statements (streamed XLSX with a title block and page setup, UTF-8 CSV
 * with BOM and CRLF, amounts in yuan, text guarded).
 */
public final class AgentStatementWriter {
    public static final String[] CSV_HEADER = {"agent_id", "month", "merchant_id", "card_kind", "entry", "txn_count",
            "amount", "fee", "cost", "share"};
    private static final List<Label> LINE_LABELS = List.of(MERCHANT_ID, MERCHANT_NAME, CARD_KIND, ENTRY, COUNT, AMOUNT,
            FEE, COST, SHARES);
    private static final int[] LINE_WIDTHS = {17, 30, 10, 14, 8, 16, 14, 14, 14};

    private final Language language;
    private final String acquirer;
    private final XlsxTemplate template;

    /** @param acquirer the acquirer's name, the heading of every sheet */
    public AgentStatementWriter(Language language, String acquirer) {
        this.language = Objects.requireNonNull(language, "language");
        this.acquirer = Objects.requireNonNull(acquirer, "acquirer");
        this.template = new XlsxTemplate(List.of(SHEET_SUMMARY.in(language), SHEET_AGENT_SHARES.in(language)),
                StatementWriter.DEFLATE_LEVEL);
    }

    public StatementFiles write(AgentMonthPaths paths, AgentMonth month, String agentName, List<AgentStatementLine> lines)
            throws IOException {
        if (!month.month().equals(paths.month())) {
            throw new IllegalArgumentException("statement of agent " + month.agentId() + " is for " + month.month()
                    + " but the output folder is for " + paths.month());
        }
        try (AtomicFiles.Staged xlsx = AtomicFiles.stage(paths.statementXlsx(month.agentId()));
             AtomicFiles.Staged csv = AtomicFiles.stage(paths.statementCsv(month.agentId()));
             XlsxWorkbook wb = template.open(xlsx.out(), new TitleBlock(acquirer, month.agentId() + " " + agentName,
                     MONTH.in(language) + " " + month.month(), PAGE_NUMBERS.in(language)))) {
            summary(wb, month, agentName);
            SheetWriter sheet = wb.sheet(Layout.TABLE, IntStream.range(0, LINE_WIDTHS.length)
                    .mapToObj(i -> Column.of(LINE_LABELS.get(i).in(language), LINE_WIDTHS[i])).toList());
            long count = 0;
            long[] sumsFen = new long[4];
            try (CsvFiles printer = CsvFiles.open(csv.out(), true, CSV_HEADER)) {
                for (AgentStatementLine l : lines) {
                    count = Math.addExact(count, l.txnCount());
                    add(sumsFen, l.amountFen(), l.feeFen(), l.costFen(), l.shareFen());
                    sheet.row().text(l.merchantId()).text(l.merchantName()).text(Codes.name(l.cardKind(), language))
                            .text(Codes.name(l.entry(), language)).count(l.txnCount()).money(l.amountFen()).money(l.feeFen())
                            .money(l.costFen()).money(l.shareFen());
                    printer.record(TextGuard.text(month.agentId()), month.month().toString(), TextGuard.text(l.merchantId()),
                            l.cardKind(), l.entry(), l.txnCount(), Yuan.format(l.amountFen()), Yuan.format(l.feeFen()),
                            Yuan.format(l.costFen()), Yuan.format(l.shareFen()));
                }
            }
            sheet.totalsRow().text(TOTAL.in(language)).blanks(LINE_LABELS.indexOf(COUNT) - 1).count(count)
                    .money(sumsFen[0]).money(sumsFen[1]).money(sumsFen[2]).money(sumsFen[3]);
            wb.finish();
            csv.commit();
            xlsx.commit();
            return new StatementFiles(xlsx.target(), csv.target(), lines.size(), 0);
        }
    }

    private static void add(long[] sumsFen, long... amountsFen) {
        for (int i = 0; i < sumsFen.length; i++) {
            sumsFen[i] = Math.addExact(sumsFen[i], amountsFen[i]);
        }
    }

    private void summary(XlsxWorkbook wb, AgentMonth m, String agentName) throws IOException {
        SheetWriter s = wb.sheet(Layout.FORM, List.of(Column.of(ITEM.in(language), 18), Column.of(VALUE.in(language), 34)));
        s.row().text(AGENT_ID.in(language)).text(m.agentId());
        s.row().text(AGENT_NAME.in(language)).text(agentName);
        s.row().text(MONTH.in(language)).text(m.month().toString());
        s.row().text(VALUE_DATE.in(language)).date(m.valueDate());
        s.row().text(OPENING.in(language)).money(m.openingFen());
        s.row().text(SHARES.in(language)).money(m.sharesFen());
        s.row().text(CLAWBACKS.in(language)).money(m.clawbackFen());
        s.row().text(ADJUSTMENTS.in(language)).money(m.adjustmentsFen());
        s.row().text(NET.in(language)).money(m.netFen());
        s.row().text(PAYOUT.in(language)).money(m.payoutFen());
        s.row().text(PAYOUT_ID.in(language)).text(m.paid() ? m.payoutId() : "");
        s.row().text(CLOSING.in(language)).money(m.closingFen());
        s.row().text(HELD.in(language)).money(m.heldFen());
    }
}
