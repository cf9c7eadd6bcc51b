package com.posclearing.report;

import com.posclearing.kernel.Yuan;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.TextGuard;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@code reports/fee_mismatches_{yyyyMMdd}.csv}: one line per settled record flagged FEE_MISMATCH, then a
 * {@code TOTAL} line (count, and the sums of the three fee columns). UTF-8 with BOM and CRLF, amounts in yuan.
 * Written every night, with the header and a zero total when nothing differs.
 */
public final class FeeMismatchCsvWriter {
    public static final String[] HEADER = {"business_date", "flag", "merchant_id", "terminal_id", "stan", "rrn", "amount",
        "computed_fee", "network_fee", "difference", "bank_file", "bank_line"};

    public void write(OutputPaths paths, List<FeeMismatch> mismatches) throws IOException {
        String date = paths.date().toString();
        AtomicFiles.write(paths.feeMismatchCsv(), out -> {
            try (CsvFiles csv = CsvFiles.open(out, true, HEADER)) {
                long computed = 0;
                long network = 0;
                long difference = 0;
                for (FeeMismatch m : mismatches) {
                    csv.record(date, "FEE_MISMATCH", m.merchantId(), m.terminalId(), m.stan(), TextGuard.text(m.rrn()),
                            Yuan.format(m.amountFen()), Yuan.format(m.computedFeeFen()), Yuan.format(m.networkFeeFen()),
                            Yuan.format(m.differenceFen()), TextGuard.text(m.bankFile()), Long.toString(m.bankLine()));
                    computed += m.computedFeeFen();
                    network += m.networkFeeFen();
                    difference += m.differenceFen();
                }
                csv.record(date, "TOTAL", Integer.toString(mismatches.size()), "", "", "", "", Yuan.format(computed),
                        Yuan.format(network), Yuan.format(difference), "", "");
            }
        });
    }
}
