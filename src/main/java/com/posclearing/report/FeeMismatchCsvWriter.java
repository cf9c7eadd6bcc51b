package com.posclearing.report;

import com.posclearing.kernel.Yuan;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.TextGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Writes {@code reports/fee_mismatches_{yyyyMMdd}.csv}: one line per settled record flagged FEE_MISMATCH, then a
 * {@code TOTAL} line (count, and the sums of the three fee columns). UTF-8 with BOM and CRLF, amounts in yuan.
 * Written every night, with the header and a zero total when nothing differs.
 */
public final class FeeMismatchCsvWriter {
    public static final String[] HEADER = {"business_date", "flag", "merchant_id", "terminal_id", "stan", "rrn", "amount",
        "computed_fee", "network_fee", "difference", "bank_file", "bank_line"};

    /** What the file holds besides its lines. */
    public record Totals(long count, long differenceFen) {
    }

    /**
     * Writes the mismatches {@code source} passes to its sink, in that order, as they come: a night may hold
     * millions, none is kept in memory.
     */
    public Totals write(OutputPaths paths, Consumer<Consumer<FeeMismatch>> source) throws IOException {
        String date = paths.date().toString();
        long[] totals = new long[4]; // count, computed, network, difference
        AtomicFiles.write(paths.feeMismatchCsv(), out -> {
            try (CsvFiles csv = CsvFiles.open(out, true, HEADER)) {
                source.accept(m -> {
                    try {
                        csv.record(date, "FEE_MISMATCH", m.merchantId(), m.terminalId(), m.stan(), TextGuard.text(m.rrn()),
                                Yuan.format(m.amountFen()), Yuan.format(m.computedFeeFen()), Yuan.format(m.networkFeeFen()),
                                Yuan.format(m.differenceFen()), TextGuard.text(m.bankFile()), Long.toString(m.bankLine()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    totals[0]++;
                    totals[1] = Math.addExact(totals[1], m.computedFeeFen());
                    totals[2] = Math.addExact(totals[2], m.networkFeeFen());
                    totals[3] = Math.addExact(totals[3], m.differenceFen());
                });
                csv.record(date, "TOTAL", Long.toString(totals[0]), "", "", "", "", Yuan.format(totals[1]),
                        Yuan.format(totals[2]), Yuan.format(totals[3]), "", "");
            }
        });
        return new Totals(totals[0], totals[3]);
    }
}
