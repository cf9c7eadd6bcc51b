package com.posclearing.report;

import com.posclearing.kernel.Yuan;
import com.posclearing.report.internal.ReasonText;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.Formats;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.files.TextGuard;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes {@code reports/breaks_{yyyyMMdd}.csv}, every break of the run, for operators and their tools. UTF-8 with
 * BOM and CRLF (operators open it in Excel; reasons may be Chinese). Columns ({@link #HEADER}):
 * <pre>
 * business_date   yyyy-MM-dd, the run's date
 * side            TERMINAL | BANK
 * outcome         AMOUNT_MISMATCH, DATA_MISMATCH, MISSING_AT_BANK, MISSING_AT_TERMINAL, DUPLICATE, REJECTED
 * reason          a plain English sentence naming terminal, RRN and STAN (the workbook has it in its language)
 * merchant_id, terminal_id, stan, rrn   as received, empty when unknown
 * txn_time        yyyy-MM-dd HH:mm:ss, empty when unknown
 * card_no         masked card, empty when unknown
 * terminal_amount yuan with 2 decimals, empty when there is no terminal record
 * bank_amount     yuan with 2 decimals, empty when there is no bank record
 * source_file, source_line   where the record came from
 * </pre>
 */
public final class BreaksCsvWriter {
    public static final String[] HEADER = {"business_date", "side", "outcome", "reason", "merchant_id", "terminal_id",
            "stan", "rrn", "txn_time", "card_no", "terminal_amount", "bank_amount", "source_file", "source_line"};

    /** Writes the file and returns the number of breaks in it. */
    public long write(OutputPaths paths, Iterable<BreakLine> breaks) throws IOException {
        Iterator<BreakLine> it = breaks.iterator();
        long[] count = new long[1];
        Path target = paths.breaksCsv();
        String date = paths.date().toString();
        AtomicFiles.write(target, out -> {
            try (CsvFiles csv = CsvFiles.open(out, true, HEADER)) {
                while (it.hasNext()) {
                    BreakLine b = it.next();
                    csv.record(date, b.side().name(), TextGuard.text(b.outcome()), TextGuard.text(ReasonText.of(b, Language.ENGLISH)),
                            TextGuard.text(b.merchantId()), TextGuard.text(b.terminalId()), TextGuard.text(b.stan()),
                            TextGuard.text(b.rrn()), Formats.time(b.txnTime()), TextGuard.text(b.cardNo()),
                            yuan(b.terminalAmountFen()), yuan(b.bankAmountFen()), TextGuard.text(b.sourceFile()),
                            b.sourceLine() > 0 ? Long.toString(b.sourceLine()) : "");
                }
                count[0] = csv.records();
            }
        });
        return count[0];
    }

    private static String yuan(Long amountFen) {
        return amountFen == null ? "" : Yuan.format(amountFen);
    }
}
