package com.posclearing.layout;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.internal.CompanionReader;
import com.posclearing.layout.internal.DelimitedRecordReader;
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
 * @param info          descriptive text only (who sends the file, where its specification is); nothing reads it
 * @param text          delimited layouts: how lines become records ({@link Text#CSV} for plain RFC 4180)
 * @param recordType    where a line says its record type, or null when the layout has one record type
 * @param fileName      file-name pattern with the date, e.g. {@code POSP_{yyyyMMdd}_*_*.csv}; {@code *} = any text
 * @param maxLineBytes  a longer line rejects the file (a corrupt or binary file is not read into memory)
 * @param structure     which record types play which role; all null for a flat fixed-width file
 * @param fileDate      a field whose value must equal the file name's date (date or mmdd type), or null
 * @param controlTotals counts and sums a trailer record declares, or null
 * @param wholeFile     how a file without a trailer is judged whole ({@link WholeFile#NONE} when it has one)
 * @param companion     a separate file beside it that declares its control totals (ZM's RD summary), or null
 * @param width         fixed layouts: what positions, lengths and {@code minLength} count (bytes by default)
 */
public record Layout(String name, Map<String, String> info, Kind kind, Charset encoding, Side side, String fileName,
                     int maxLineBytes, Text text, Discriminator recordType, Map<String, RecordSpec> records,
                     Structure structure, FieldRef fileDate, ControlTotals controlTotals, WholeFile wholeFile,
                     Companion companion, Width width) {

    public enum Kind { DELIMITED, FIXED }

    /** A GBK character is 2 bytes: a sender's specification counts one or the other. */
    public enum Width { BYTES, CHARACTERS }

    /** Which kernel record the detail records become. */
    public enum Side { TERMINAL, BANK }

    /**
     * How a delimited file's lines become records.
     *
     * @param delimiter    column separator
     * @param stripPrefix  text removed from the start of every value (QR bills write {@code `} before each), or null
     * @param skipLeading  lines before the first record (a title block), skipped
     * @param comment      a line starting with this character is skipped wherever it is, or null
     * @param columnNames  the first line after the skipped ones names the columns (fields may then use {@code header})
     * @param footerLines  lines at the end that are not detail records (a summary block)
     * @param footerRecord the record type the last footer line is read as (its totals), or null: the footer is skipped
     */
    public record Text(char delimiter, String stripPrefix, int skipLeading, Character comment, boolean columnNames,
                       int footerLines, String footerRecord) {
        public static final Text CSV = new Text(',', null, 0, null, false, 0, null);

        public Text {
            if (skipLeading < 0 || footerLines < 0) {
                throw new IllegalArgumentException("skipped lines cannot be negative");
            }
            if (footerRecord != null && footerLines == 0) {
                throw new IllegalArgumentException("a footer record needs footer lines");
            }
        }
    }

    /**
     * Where a line names its record type: a column (delimited) or a byte slice (fixed).
     *
     * @param otherwise the record type of a line whose value names no record type (a detail line whose first column is
     *                  data), or null: such a line is rejected as an unknown record type
     */
    public record Discriminator(int column, int position, int length, String otherwise) {
        public Discriminator {
            if ((column > 0) == (position > 0) || (position > 0) != (length > 0)) {
                throw new IllegalArgumentException("recordType: give a column, or a position and a length");
            }
        }
    }

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
     * @param maxFileBytes             a larger file is rejected before it is read
     * @param maxDetailRecords         a file with more detail records is rejected at the first one over
     */
    public record WholeFile(boolean crlf, boolean unreadableLineRejectsFile, BigDecimal maxRejectRatePercent,
                            long maxFileBytes, long maxDetailRecords) {
        /** 64 GiB: over ten times the largest night measured (10 M records: an ACOMA file of 4.7 GB). */
        public static final long DEFAULT_MAX_FILE_BYTES = 64L << 30;
        /** Ten times the 10 M records a night of the benchmark has in one file. */
        public static final long DEFAULT_MAX_DETAIL_RECORDS = 100_000_000L;
        public static final WholeFile NONE = new WholeFile(false, false, null, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DETAIL_RECORDS);

        public WholeFile {
            if (maxRejectRatePercent != null && (maxRejectRatePercent.signum() < 0
                    || maxRejectRatePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new IllegalArgumentException("wholeFile.maxRejectRatePercent must be 0..100, got " + maxRejectRatePercent);
            }
            if (maxFileBytes <= 0 || maxDetailRecords <= 0) {
                throw new IllegalArgumentException("wholeFile.maxFileBytes and wholeFile.maxDetailRecords must be positive,"
                        + " got " + maxFileBytes + " and " + maxDetailRecords);
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
        if (recordType == null && records.size() != 1) {
            throw new IllegalArgumentException("layout " + name + ": several record types need recordType (where a line"
                    + " names its type)");
        }
        info = Map.copyOf(info);
        records = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(records));
        wholeFile = wholeFile == null ? WholeFile.NONE : wholeFile;
        text = text == null ? Text.CSV : text;
        if (width != null && kind != Kind.FIXED) {
            throw new IllegalArgumentException("layout " + name + ": width is for fixed layouts only");
        }
        width = width == null ? Width.BYTES : width;
        FileNamePattern.compile(fileName);
    }

    /** True when the record is a row its record type skips ({@link RecordSpec#skipWhen()}). */
    public boolean skips(RawRecord r) {
        RecordSpec spec = records.get(r.recordType());
        return spec != null && spec.skips(r);
    }

    public Optional<RecordSpec> record(String type) {
        return Optional.ofNullable(records.get(type));
    }

    /** The detail record type: the structure's detail, or the first record type. */
    public String detailType() {
        if (structure != null && structure.detail() != null) {
            return structure.detail();
        }
        return records.keySet().iterator().next();
    }

    public boolean matchesFileName(String name) {
        return FileNamePattern.compile(fileName).date(name).isPresent();
    }

    public FileNamePattern fileNamePattern() {
        return FileNamePattern.compile(fileName);
    }

    /** The date in a file name matching this layout's pattern. */
    public Optional<BusinessDate> dateFromFileName(String name) {
        return FileNamePattern.compile(fileName).date(name);
    }

    /**
     * The totals the companion file beside {@code file} declares; throws {@link IllegalArgumentException} naming both
     * files when it is missing, ambiguous or unreadable. Only for a layout with a {@link #companion()}.
     */
    public Companion.Totals companionTotals(Path file, String displayName) {
        return CompanionReader.read(this, file, displayName);
    }

    /** Opens a streaming pass over {@code file}; {@code displayName} is the name errors mention. */
    public RecordReader open(Path file, String displayName) {
        return kind == Kind.DELIMITED
                ? new DelimitedRecordReader(this, file, displayName)
                : new FixedRecordReader(this, file, displayName);
    }
}
