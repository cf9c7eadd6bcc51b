package com.posclearing.report;

import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.files.TextGuard;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code reports/rerun_{N}_diff.csv}: what rerun N changed against the run before it (UTF-8 with BOM, CRLF), one row
 * per changed field; a record is named by side, terminal id, RRN and STAN.
 */
public final class RerunDiffWriter {
    public static final String[] HEADER = {"business_date", "run", "previous_run", "kind", "side", "terminal_id", "rrn", "stan",
            "merchant_id", "field", "before", "after", "note"};

    public Path write(OutputPaths paths, int runNo, int previousRunNo, Iterable<DiffLine> lines) throws IOException {
        Path target = paths.dateDir().resolve("reports").resolve("rerun_" + runNo + "_diff.csv");
        AtomicFiles.write(target, out -> {
            try (CsvFiles csv = CsvFiles.open(out, true, HEADER)) {
                for (DiffLine l : lines) {
                    csv.record(paths.date().toString(), runNo, previousRunNo, l.kind(), l.side() == null ? "" : l.side().name(),
                            TextGuard.text(l.record().terminalId()), TextGuard.text(l.record().rrn()),
                            TextGuard.text(l.record().stan()), TextGuard.text(l.merchantId()), l.field(), value(l.before()),
                            value(l.after()), TextGuard.text(l.note()));
                }
            }
        });
        return target;
    }

    /** Amounts such as {@code -12.50} are numbers, not formulas; any other text is neutralised. */
    private static String value(String v) {
        return v.matches("-?\\d+(\\.\\d+)?") ? v : TextGuard.text(v);
    }
}
