package com.posclearing.statement;

import com.posclearing.kernel.Yuan;
import com.posclearing.statement.internal.AtomicFiles;
import com.posclearing.statement.internal.CsvFiles;
import com.posclearing.statement.internal.Formats;
import com.posclearing.statement.internal.StatementSheets;
import com.posclearing.statement.internal.StreamingWorkbook;
import com.posclearing.statement.internal.TextGuard;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one merchant's statement for business date D: {@code statements/{merchantId}.xlsx} (sheets summary,
 * transactions, pending items) and {@code statements/{merchantId}.csv} (the transaction lines), in one pass over
 * the lines so a merchant with 100 k lines is streamed, never held in memory.
 *
 * <p>XLSX with POI SXSSF: {@value #ROW_WINDOW} rows kept in memory per sheet, the rest flushed to uncompressed
 * temp files (compressing them costs about 25 % more time for disk space a statement does not need). One
 * workbook per merchant, its styles created once. Not thread-safe per call; one instance may be shared.
 */
public final class StatementWriter {
    /** Rows SXSSF keeps in memory per sheet before flushing to its temp file. */
    public static final int ROW_WINDOW = 100;
    /** Excel's row limit, header row excluded. */
    public static final int MAX_LINES = 1_048_575;

    public static final String[] CSV_HEADER = {"merchant_id", "business_date", "txn_time", "terminal_id", "batch_no",
            "stan", "rrn", "card_no", "card_kind", "txn_type", "amount", "fee", "net", "outcome"};

    private final Language language;

    public StatementWriter(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterable<StatementLine> lines,
                                Iterable<PendingItem> pending) throws IOException {
        return write(paths, header, lines.iterator(), pending.iterator());
    }

    /**
     * Writes both files, each to a temp name renamed when complete; if anything fails, neither final name is
     * touched (a previous run's files stay as they were).
     */
    public StatementFiles write(OutputPaths paths, StatementHeader header, Iterator<StatementLine> lines,
                                Iterator<PendingItem> pending) throws IOException {
        if (!header.businessDate().equals(paths.date())) {
            throw new IllegalArgumentException("statement of " + header.merchantId() + " is for " + header.businessDate()
                    + " but the output folder is for " + paths.date());
        }
        try (AtomicFiles.Staged xlsx = AtomicFiles.stage(paths.statementXlsx(header.merchantId()));
             AtomicFiles.Staged csv = AtomicFiles.stage(paths.statementCsv(header.merchantId()));
             StreamingWorkbook streaming = new StreamingWorkbook(ROW_WINDOW, false)) {
            SXSSFWorkbook wb = streaming.workbook();
            StatementSheets sheets = new StatementSheets(wb, language);
            sheets.summary(header);
            sheets.startTransactions();
            long lineCount = 0;
            try (CsvFiles printer = CsvFiles.open(csv.out(), true, CSV_HEADER)) {
                String merchant = header.merchantId().value();
                String date = header.businessDate().toString();
                while (lines.hasNext()) {
                    StatementLine line = lines.next();
                    if (++lineCount > MAX_LINES) {
                        throw new IllegalStateException("statement of " + header.merchantId() + " has more than "
                                + MAX_LINES + " lines, the row limit of a spreadsheet");
                    }
                    sheets.transaction(line);
                    printer.record(merchant, date, Formats.time(line.txnTime()), TextGuard.text(line.terminalId()),
                            line.batchNo(), line.stan().value(), TextGuard.text(line.rrn()), line.cardNo().value(),
                            line.cardKind().name(), line.txnType().name(), Yuan.format(line.amountFen()),
                            Yuan.format(line.feeFen()), Yuan.format(line.netFen()), TextGuard.text(line.outcome()));
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
            wb.write(xlsx.out());
            csv.commit();
            xlsx.commit();
            return new StatementFiles(xlsx.target(), csv.target(), lineCount, pendingCount);
        }
    }
}
