package com.posclearing.statement;

import com.posclearing.statement.internal.AtomicFiles;
import com.posclearing.statement.internal.CsvFiles;
import com.posclearing.statement.internal.TextGuard;
import java.io.IOException;
import java.nio.file.Path;

/** {@code reports/rerun_{N}_diff.csv}: what rerun N changed against the run before it (UTF-8 with BOM, CRLF). */
public final class RerunDiffWriter {
    public static final String[] HEADER = {"business_date", "run", "previous_run", "kind", "key", "merchant_id", "before",
            "after", "note"};

    public Path write(OutputPaths paths, int runNo, int previousRunNo, Iterable<DiffLine> lines) throws IOException {
        Path target = paths.dateDir().resolve("reports").resolve("rerun_" + runNo + "_diff.csv");
        AtomicFiles.write(target, out -> {
            try (CsvFiles csv = CsvFiles.open(out, true, HEADER)) {
                for (DiffLine l : lines) {
                    csv.record(paths.date().toString(), runNo, previousRunNo, l.kind(), TextGuard.text(l.key()), l.merchantId(),
                            value(l.before()), value(l.after()), TextGuard.text(l.note()));
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
