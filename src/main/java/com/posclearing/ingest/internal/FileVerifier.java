package com.posclearing.ingest.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.StoredText;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole-file checks, one streaming pass, driven by the layout: header first, trailer last, batches nested, the
 * trailer's control totals, the totals of a companion file (read before the pass: a missing one rejects the file
 * at once), the date fields against the file name's date. Any failure rejects the file whole.
 */
public final class FileVerifier {
    private final Layout layout;
    private final String fileName;
    private final BusinessDate fileDate;
    private final Map<String, Long> countsByType = new HashMap<>();
    private final Map<String, Long> sumsByField = new HashMap<>();
    private final CompanionCheck companion;
    private RawRecord trailer;
    private RawRecord last;
    private boolean batchOpen;

    /** @param file the file, whose folder holds the companion file when the layout has one */
    public FileVerifier(Layout layout, Path file, String fileName, BusinessDate fileDate) {
        this.layout = layout;
        this.fileName = fileName;
        this.fileDate = fileDate;
        long bytes = size(file);
        if (bytes > layout.wholeFile().maxFileBytes()) {
            throw reject(0, null, "the file has " + grouped(bytes) + " bytes, more than the "
                    + grouped(layout.wholeFile().maxFileBytes()) + " layout " + layout.name()
                    + " allows (wholeFile.maxFileBytes): ask the sender to split it, or raise the limit in the layout");
        }
        this.companion = layout.companion() == null ? null
                : new CompanionCheck(layout, fileName, layout.companionTotals(file, fileName));
    }

    /** @return the number of lines */
    public long verify(Path file) {
        try (RecordReader reader = layout.open(file, fileName)) {
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                accept(r);
            }
            finish();
            return reader.linesRead();
        }
    }

    /** Checks one record in file order; throws the file's rejection as soon as one is certain. */
    public void accept(RawRecord r) {
        record(r);
        last = r;
    }

    /** After the last record: the checks that need the whole file (trailer present, control totals). */
    public void finish() {
        if (last == null) {
            throw reject(0, null, "the file is empty");
        }
        end();
    }

    private void record(RawRecord r) {
        Layout.Structure s = layout.structure();
        String type = r.recordType();
        if (trailer != null) {
            throw reject(r.lineNo(), "recordType", "a " + StoredText.shown(type) + " record follows the trailer " + trailer.recordType());
        }
        if (s != null && s.header() != null && (last == null) != type.equals(s.header())) {
            throw reject(r.lineNo(), "recordType", last == null
                    ? "the first record is " + StoredText.shown(type) + ", expected the header " + s.header()
                    : "a second header " + StoredText.shown(type));
        }
        if (s != null && (type.equals(s.header()) || type.equals(s.trailer())) && !r.ok()) {
            throw reject(r.lineNo(), r.problem().field(), r.problem().reason());
        }
        if (s != null && type.equals(s.trailer())) {
            trailer = r;
        }
        nesting(r, s);
        long ofType = countsByType.merge(type, 1L, Long::sum);
        if (ofType > layout.wholeFile().maxDetailRecords() && type.equals(layout.detailType())) {
            throw reject(r.lineNo(), "recordType", "more than " + grouped(layout.wholeFile().maxDetailRecords())
                    + " detail records, the most layout " + layout.name() + " allows in one file (wholeFile.maxDetailRecords):"
                    + " ask the sender to split it, or raise the limit in the layout");
        }
        sum(r);
        if (companion != null) {
            companion.accept(r);
        }
        checkDate(r);
    }

    private void nesting(RawRecord r, Layout.Structure s) {
        if (s == null || s.batchOpen() == null) {
            return;
        }
        String type = r.recordType();
        if (type.equals(s.batchOpen())) {
            if (batchOpen) {
                throw reject(r.lineNo(), "recordType", "a batch " + type + " opens before the previous one was closed by " + s.batchClose());
            }
            batchOpen = true;
        } else if (type.equals(s.batchClose()) || type.equals(s.detail())) {
            if (!batchOpen) {
                throw reject(r.lineNo(), "recordType", "a " + type + " record outside a batch (no open " + s.batchOpen() + ")");
            }
            batchOpen = !type.equals(s.batchClose());
        } else if (type.equals(s.trailer()) && batchOpen) {
            throw reject(r.lineNo(), "recordType", "the trailer comes before the last batch was closed by " + s.batchClose());
        }
    }

    private void sum(RawRecord r) {
        // a skipped row is a line of the counts but moves no money (a closed order): it is in no sum
        if (layout.controlTotals() == null || layout.skips(r)) {
            return;
        }
        for (Map.Entry<String, Layout.FieldRef> e : layout.controlTotals().sums().entrySet()) {
            Layout.FieldRef ref = e.getValue();
            if (!ref.record().equals(r.recordType())) {
                continue;
            }
            String v = r.get(ref.field());
            if (v == null) {
                // the control total cannot be checked without this amount: the file is corrupt
                String reason = r.problem() != null && r.problem().field().equals(ref.field()) ? r.problem().reason() : "is missing";
                throw reject(r.lineNo(), ref.field(), reason + ", so the trailer's " + e.getKey() + " cannot be checked");
            }
            sumsByField.merge(e.getKey(), Long.parseLong(v), Math::addExact);
        }
    }

    private void checkDate(RawRecord r) {
        Layout.FieldRef ref = layout.fileDate();
        if (ref == null || !ref.record().equals(r.recordType())) {
            return;
        }
        String v = r.get(ref.field());
        if (v == null) {
            return; // a bad date is a line reject of its own
        }
        String expected = v.length() == 4 ? fileDate.compact().substring(4) : fileDate.compact();
        if (!v.equals(expected)) {
            throw reject(r.lineNo(), ref.field(), "is " + v + " but the file name says " + expected);
        }
    }

    private void end() {
        if (companion != null) {
            companion.finish();
        }
        Layout.Structure s = layout.structure();
        if (s != null && s.trailer() != null && trailer == null) {
            throw reject(last.lineNo(), "recordType", "the last record is " + StoredText.shown(last.recordType())
                    + ", expected the trailer " + s.trailer() + " (file truncated?)");
        }
        Layout.ControlTotals totals = layout.controlTotals();
        if (totals == null) {
            return;
        }
        for (Map.Entry<String, List<String>> e : totals.counts().entrySet()) {
            long actual = e.getValue().stream().mapToLong(t -> countsByType.getOrDefault(t, 0L)).sum();
            long declared = Long.parseLong(trailer.get(e.getKey()));
            if (declared != actual) {
                throw reject(trailer.lineNo(), e.getKey(), "says " + declared + " but the file has " + actual + " "
                        + String.join("+", e.getValue()) + " records");
            }
        }
        for (Map.Entry<String, Layout.FieldRef> e : totals.sums().entrySet()) {
            long actual = sumsByField.getOrDefault(e.getKey(), 0L);
            long declared = Long.parseLong(trailer.get(e.getKey()));
            if (declared != actual) {
                throw reject(trailer.lineNo(), e.getKey(), "says " + declared + " but the " + e.getValue().record()
                        + " records' " + e.getValue().field() + " sum to " + actual);
            }
        }
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputRejectedException reject(long lineNo, String field, String reason) {
        return new InputRejectedException(fileName, lineNo, field, reason);
    }
}
