package com.posclearing.statement;

import com.posclearing.kernel.Yuan;
import com.posclearing.statement.internal.StatementSheets;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.Formats;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.files.TextGuard;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.xlsx.XlsxLimitException;
import com.posclearing.support.xlsx.XlsxLimits;
import com.posclearing.support.xlsx.XlsxTemplate;
import com.posclearing.support.xlsx.XlsxWorkbook;
import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes one merchant's statement for business date D: {@code statements/{merchantId}.xlsx} (sheets summary,
 * transactions, pending items) and {@code statements/{merchantId}.csv} (the transaction lines), in one pass over
 * the lines so a merchant with 100 k lines is streamed, never held in memory.
 *
 * <p>The XLSX is streamed straight into its zip, without POI: a job writes one small workbook per merchant, and POI's
 * fixed cost per workbook (package model, styles, temp files, a deflater, the constant parts deflated again) was
 * most of the step. The constant parts are built and deflated once per writer ({@link XlsxTemplate}); the sheets
 * are written as SpreadsheetML with inline strings and deflated at level {@value #DEFLATE_LEVEL}. Thread-safe: one
 * instance is shared by the writer threads.
 */
public final class StatementWriter {
    /** Deflate level of the sheets: level 1 costs about half the time of the default for files about 20 % bigger. */
    public static final int DEFLATE_LEVEL = 1;

    public static final String[] CSV_HEADER = {"merchant_id", "business_date", "txn_time", "terminal_id", "batch_no",
            "stan", "rrn", "card_no", "card_kind", "txn_type", "amount", "fee", "net", "outcome"};

    private final Language language;
    private final String acquirer;
    private final int maxRowsPerSheet;
    /** The workbook of nearly every merchant: one sheet each for the transactions and the pending items. */
    private final XlsxTemplate oneSheetEach;

    /** @param acquirer the acquirer's name, the heading of every sheet */
    public StatementWriter(Language language, String acquirer) {
        this(language, acquirer, XlsxLimits.MAX_ROWS);
    }

    /** @param maxRowsPerSheet Excel's limit, or fewer in a test of the split */
    StatementWriter(Language language, String acquirer, int maxRowsPerSheet) {
        this.language = Objects.requireNonNull(language, "language");
        this.acquirer = Objects.requireNonNull(acquirer, "acquirer");
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.oneSheetEach = StatementSheets.template(language, DEFLATE_LEVEL, maxRowsPerSheet, StatementSheets.Plan.ONE_EACH);
    }

    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterable<StatementLine> lines,
                                Iterable<PendingItem> pending) throws IOException {
        return write(paths, header, lines, List.of(), pending);
    }

    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
                                Iterator<PendingItem> pending) throws IOException {
        return write(paths, header, lines, List.<AdjustmentLine>of().iterator(), pending);
    }

    /** Collections say their size: a merchant with more rows than a sheet holds gets continuation sheets. */
    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterable<StatementLine> lines,
                                Iterable<AdjustmentLine> adjustments, Iterable<PendingItem> pending) throws IOException {
        long lineRows = size(lines) < 0 || size(adjustments) < 0 ? -1 : size(lines) + size(adjustments);
        StatementSheets.Plan plan = StatementSheets.Plan.of(lineRows, size(pending), maxRowsPerSheet);
        return write(paths, header, lines.iterator(), adjustments.iterator(), pending.iterator(), plan);
    }

    /** Streams without knowing the count: one sheet each, a statement passing a sheet's rows is refused. */
    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
                                Iterator<AdjustmentLine> adjustments, Iterator<PendingItem> pending) throws IOException {
        return write(paths, header, lines, adjustments, pending, StatementSheets.Plan.ONE_EACH);
    }

    private static long size(Iterable<?> items) {
        return items instanceof Collection<?> c ? c.size() : -1;
    }

    /**
     * Writes both files, each to a temp name renamed when complete; if anything fails, neither final name is
     * touched (a previous run's files stay as they were). What Excel could not open is refused, naming the merchant,
     * the file and the limit.
     */
    private StatementFiles write(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
            Iterator<AdjustmentLine> adjustments, Iterator<PendingItem> pending, StatementSheets.Plan plan) throws IOException {
        try {
            return writeBoth(paths, header, lines, adjustments, pending, plan);
        } catch (XlsxLimitException e) {
            throw new XlsxLimitException("statement of " + header.merchantId() + " ("
                    + paths.statementXlsx(header.merchantId()).getFileName() + "): " + e.getMessage());
        }
    }

    private StatementFiles writeBoth(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
            Iterator<AdjustmentLine> adjustments, Iterator<PendingItem> pending, StatementSheets.Plan plan) throws IOException {
        if (!header.businessDate().equals(paths.date())) {
            throw new IllegalArgumentException("statement of " + header.merchantId() + " is for " + header.businessDate()
                    + " but the output folder is for " + paths.date());
        }
        try (AtomicFiles.Staged xlsx = AtomicFiles.stage(paths.statementXlsx(header.merchantId()));
             AtomicFiles.Staged csv = AtomicFiles.stage(paths.statementCsv(header.merchantId()));
             XlsxWorkbook wb = template(plan).open(xlsx.out(), StatementSheets.title(acquirer, header, language))) {
            StatementSheets sheets = new StatementSheets(wb, language, plan);
            sheets.summary(header);
            sheets.startTransactions();
            long lineCount = 0;
            try (CsvFiles printer = CsvFiles.open(csv.out(), true, CSV_HEADER)) {
                String merchant = header.merchantId().value();
                String date = header.businessDate().toString();
                while (lines.hasNext()) {
                    StatementLine line = lines.next();
                    lineCount++;
                    sheets.transaction(line);
                    printer.record(merchant, date, Formats.time(line.txnTime()), TextGuard.text(line.terminalId()),
                            line.batchNo(), line.stan().value(), TextGuard.text(line.rrn()), line.cardNo().value(),
                            line.cardKind().name(), line.txnType().name(), Yuan.format(line.amountFen()),
                            Yuan.format(line.feeFen()), Yuan.format(line.netFen()), TextGuard.text(line.outcome()));
                }
                while (adjustments.hasNext()) {
                    AdjustmentLine a = adjustments.next();
                    lineCount++;
                    sheets.adjustment(a);
                    printer.record(merchant, date, a.txnDate().toString(), TextGuard.text(a.terminalId()), "", "",
                            TextGuard.text(a.rrn()), "", "", AdjustmentLine.TXN_TYPE, Yuan.format(a.amountFen()),
                            Yuan.format(a.feeFen()), Yuan.format(a.netFen()), TextGuard.text(a.outcome()));
                }
            }
            sheets.endTransactions();
            sheets.startPending();
            long pendingCount = 0;
            while (pending.hasNext()) {
                pendingCount++;
                sheets.pending(pending.next());
            }
            sheets.endPending();
            wb.finish();
            csv.commit();
            xlsx.commit();
            return new StatementFiles(xlsx.target(), csv.target(), lineCount, pendingCount);
        }
    }

    private XlsxTemplate template(StatementSheets.Plan plan) {
        return plan.equals(StatementSheets.Plan.ONE_EACH) ? oneSheetEach
                : StatementSheets.template(language, DEFLATE_LEVEL, maxRowsPerSheet, plan);
    }
}
