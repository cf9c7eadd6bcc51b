package com.posclearing.statement;

import com.posclearing.statement.internal.AtomicFiles;
import com.posclearing.statement.internal.ReportSheets;
import com.posclearing.statement.internal.XlsxWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the operators' workbook {@code reports/reconciliation_{yyyyMMdd}.xlsx}: sheets outcome summary (per side:
 * outcome, count, amount), breaks (every break with its reason), pending items, out-of-balance terminal batches,
 * per-file control totals and margin (per merchant: fees, acquirer cost, margin). Streamed like the statements
 * ({@link StatementWriter}): a bank outage can make 100 k breaks.
 */
public final class ReconciliationReportWriter {
    private final Language language;

    public ReconciliationReportWriter(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public Path write(OutputPaths paths, ReconciliationReport report) throws IOException {
        if (!report.summary().businessDate().equals(paths.date())) {
            throw new IllegalArgumentException("report of " + report.summary().businessDate() + " into the folder of "
                    + paths.date());
        }
        Path target = paths.reconciliationXlsx();
        AtomicFiles.write(target, out -> {
            try (XlsxWorkbook wb = ReportSheets.template(language, StatementWriter.DEFLATE_LEVEL).open(out)) {
                new ReportSheets(wb, language).write(report);
                wb.finish();
            }
        });
        return target;
    }
}
