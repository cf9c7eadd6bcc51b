package com.posclearing.report;

import com.posclearing.report.internal.ReportBook;
import com.posclearing.report.internal.ReportSheets;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the operators' workbook {@code reports/reconciliation_{yyyyMMdd}.xlsx} with POI: a chart sheet (breaks by
 * outcome and match rate over the last business dates), outcome summary, breaks (every break with its reason, with a
 * filter), breaks by state and age, resolutions of the day, pending items, out-of-balance terminal batches, per-file
 * control totals and margin. One workbook a night: POI's object model for the charts, its streaming writer for the
 * long sheets (a bank outage can make 100 k breaks).
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
            try (ReportBook book = new ReportBook(language)) {
                new ReportSheets(book).write(report);
                book.save(out);
            }
        });
        return target;
    }
}
