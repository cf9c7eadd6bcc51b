package com.posclearing.statement;

import com.posclearing.kernel.Yuan;
import com.posclearing.statement.internal.AtomicFiles;
import com.posclearing.statement.internal.CsvFiles;
import com.posclearing.statement.internal.Formats;
import com.posclearing.statement.internal.StatementSheets;
import com.posclearing.statement.internal.TextGuard;
import com.posclearing.statement.internal.XlsxTemplate;
import com.posclearing.statement.internal.XlsxWorkbook;
import java.io.IOException;
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
    /** Excel's row limit, header row excluded. */
    public static final int MAX_LINES = 1_048_575;

    public static final String[] CSV_HEADER = {"merchant_id", "business_date", "txn_time", "terminal_id", "batch_no",
            "stan", "rrn", "card_no", "card_kind", "txn_type", "amount", "fee", "net", "outcome"};

    private final Language language;
    private final XlsxTemplate template;

    public StatementWriter(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        this.template = StatementSheets.template(language, DEFLATE_LEVEL);
    }

    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterable<StatementLine> lines,
                                Iterable<PendingItem> pending) throws IOException {
        return write(paths, header, lines.iterator(), pending.iterator());
    }

    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
                                Iterator<PendingItem> pending) throws IOException {
        return write(paths, header, lines, List.<AdjustmentLine>of().iterator(), pending);
    }

    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterable<StatementLine> lines,
                                Iterable<AdjustmentLine> adjustments, Iterable<PendingItem> pending) throws IOException {
        return write(paths, header, lines.iterator(), adjustments.iterator(), pending.iterator());
    }

    /**
     * Writes both files, each to a temp name renamed when complete; if anything fails, neither final name is
     * touched (a previous run's files stay as they were).
     */
    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
                                Iterator<AdjustmentLine> adjustments, Iterator<PendingItem> pending) throws IOException {
        if (!header.businessDate().equals(paths.date())) {
            throw new IllegalArgumentException("statement of " + header.merchantId() + " is for " + header.businessDate()
                    + " but the output folder is for " + paths.date());
        }
        try (AtomicFiles.Staged xlsx = AtomicFiles.stage(paths.statementXlsx(header.merchantId()));
             AtomicFiles.Staged csv = AtomicFiles.stage(paths.statementCsv(header.merchantId()));
             XlsxWorkbook wb = template.open(xlsx.out())) {
            StatementSheets sheets = new StatementSheets(wb, language);
            sheets.summary(header);
            sheets.startTransactions();
            long lineCount = 0;
            try (CsvFiles printer = CsvFiles.open(csv.out(), true, CSV_HEADER)) {
                String merchant = header.merchantId().value();
                String date = header.businessDate().toString();
                while (lines.hasNext()) {
                    StatementLine line = lines.next();
                    lineCount = counted(lineCount, header);
                    sheets.transaction(line);
                    printer.record(merchant, date, Formats.time(line.txnTime()), TextGuard.text(line.terminalId()),
                            line.batchNo(), line.stan().value(), TextGuard.text(line.rrn()), line.cardNo().value(),
                            line.cardKind().name(), line.txnType().name(), Yuan.format(line.amountFen()),
                            Yuan.format(line.feeFen()), Yuan.format(line.netFen()), TextGuard.text(line.outcome()));
                }
                while (adjustments.hasNext()) {
                    AdjustmentLine a = adjustments.next();
                    lineCount = counted(lineCount, header);
                    sheets.adjustment(a);
                    printer.record(merchant, date, a.txnDate().toString(), TextGuard.text(a.terminalId()), "", "",
                            TextGuard.text(a.rrn()), "", "", AdjustmentLine.TXN_TYPE, Yuan.format(a.amountFen()),
                            Yuan.format(a.feeFen()), Yuan.format(a.netFen()), TextGuard.text(a.outcome()));
                }
            }
            sheets.startPending();
            long pendingCount = 0;
            while (pending.hasNext()) {
                if (++pendingCount > MAX_LINES) {
                    throw new IllegalStateException("statement of " + header.merchantId() + " has more than "
                            + MAX_LINES + " pending items");
                }
                sheets.pending(pending.next());
            }
            wb.finish();
            csv.commit();
            xlsx.commit();
            return new StatementFiles(xlsx.target(), csv.target(), lineCount, pendingCount);
        }
    }

    private static long counted(long lineCount, StatementHeader header) {
        if (lineCount + 1 > MAX_LINES) {
            throw new IllegalStateException("statement of " + header.merchantId() + " has more than " + MAX_LINES
                    + " lines, the row limit of a spreadsheet");
        }
        return lineCount + 1;
    }
}
