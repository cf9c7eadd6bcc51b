package com.posclearing.layout;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.internal.DelimitedRecordReader;
import com.posclearing.layout.internal.FileNamePattern;
import com.posclearing.layout.internal.FixedRecordReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file format as data (SPEC 2.3): read from {@code config/layouts/*.yaml}, it drives the one engine.
 *
 * @param fileName      file-name pattern with the date, e.g. {@code POSP_{yyyyMMdd}_*_*.csv}; {@code *} = any text
 * @param maxLineBytes  a longer line rejects the file (a corrupt or binary file is not read into memory)
 * @param structure     which record types play which role; all null for a flat fixed-width file
 * @param fileDate      a field whose value must equal the file name's date (date or mmdd type), or null
 * @param controlTotals counts and sums a trailer record declares, or null
 * @param wholeFile     how a file without a trailer is judged whole ({@link WholeFile#NONE} when it has one)
 */
public record Layout(String name, Kind kind, Charset encoding, Side side, String fileName, int maxLineBytes,
                     Map<String, RecordSpec> records, Structure structure, FieldRef fileDate,
                     ControlTotals controlTotals, WholeFile wholeFile) {

    public enum Kind { DELIMITED, FIXED }

    /** Which kernel record the detail records become. */
    public enum Side { TERMINAL, BANK }

    /** Roles of record types (codes, null when the layout has no such role). */
    public record Structure(String header, String batchOpen, String detail, String batchClose, String trailer) {
    }

    public record FieldRef(String record, String field) {
    }

    /**
     * @param record the record type declaring the totals (the trailer)
     * @param counts field of that record → the record types it counts
     * @param sums   field of that record → the field (of the detail records) it sums
     */
    public record ControlTotals(String record, Map<String, List<String>> counts, Map<String, FieldRef> sums) {
        public ControlTotals {
            counts = Map.copyOf(counts);
            sums = Map.copyOf(sums);
        }
    }

    /**
     * Checks that stand in for a trailer (ACOMA has none): without them a cut or wrongly encoded file would load
     * with its bad lines rejected one by one and its payouts silently short. Each failure rejects the file whole.
     *
     * @param crlf                     every line, the last one included, ends in CR LF (a cut file ends without)
     * @param unreadableLineRejectsFile a line too short for the layout, or whose bytes are not in its encoding
     * @param maxRejectRatePercent     at most this share of the detail lines may be rejected one by one; null: no limit
     */
    public record WholeFile(boolean crlf, boolean unreadableLineRejectsFile, BigDecimal maxRejectRatePercent) {
        public static final WholeFile NONE = new WholeFile(false, false, null);

        public WholeFile {
            if (maxRejectRatePercent != null && (maxRejectRatePercent.signum() < 0
                    || maxRejectRatePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new IllegalArgumentException("wholeFile.maxRejectRatePercent must be 0..100, got " + maxRejectRatePercent);
            }
        }

        /** True when {@code rejected} of {@code detailLines} is more than the limit; exact, no rounding. */
        public boolean tooManyRejected(long rejected, long detailLines) {
            return maxRejectRatePercent != null && BigDecimal.valueOf(rejected).multiply(BigDecimal.valueOf(100))
                    .compareTo(maxRejectRatePercent.multiply(BigDecimal.valueOf(detailLines))) > 0;
        }
    }

    public Layout {
        if (name == null || kind == null || encoding == null || side == null || fileName == null) {
            throw new IllegalArgumentException("layout " + name + ": name, kind, encoding, side and fileName are required");
        }
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("layout " + name + ": maxLineBytes must be positive");
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("layout " + name + ": no record types");
        }
        if (kind == Kind.FIXED && records.size() != 1) {
            throw new IllegalArgumentException("layout " + name + ": a fixed layout has exactly one record type");
        }
        records = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(records));
        wholeFile = wholeFile == null ? WholeFile.NONE : wholeFile;
        FileNamePattern.compile(fileName);
    }

    public Optional<RecordSpec> record(String type) {
        return Optional.ofNullable(records.get(type));
    }

    /** The detail record type: the structure's detail, or the only record type of a flat file. */
    public String detailType() {
        if (structure != null && structure.detail() != null) {
            return structure.detail();
        }
        return records.keySet().iterator().next();
    }

    public boolean matchesFileName(String name) {
        return FileNamePattern.compile(fileName).date(name).isPresent();
    }

    /** The date in a file name matching this layout's pattern. */
    public Optional<BusinessDate> dateFromFileName(String name) {
        return FileNamePattern.compile(fileName).date(name);
    }

    /** Opens a streaming pass over {@code file}; {@code displayName} is the name errors mention. */
    public RecordReader open(Path file, String displayName) {
        return kind == Kind.DELIMITED
                ? new DelimitedRecordReader(this, file, displayName)
                : new FixedRecordReader(this, file, displayName);
    }
}
