package com.posclearing.layout.internal;

import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.StoredText;
import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RawRecord.Problem;
import com.posclearing.layout.RecordReader;
import com.posclearing.layout.RecordSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited layouts: RFC 4180 CSV via commons-csv. Leading lines and comment lines are skipped, a header row may name
 * the columns, a value prefix is stripped, the record type comes from a column (or the layout has one), and the last
 * lines may be a footer, read by looking that many records ahead.
 */
public final class DelimitedRecordReader implements RecordReader {
    private final Layout layout;
    private final Layout.Text text;
    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Records read ahead with their line numbers, so that the last {@code footerLines} are known as the footer. */
    private final ArrayDeque<Line> ahead = new ArrayDeque<>();
    private final Map<String, Integer> columnByName = new HashMap<>();
    private long lineNo;
    private boolean ended;

    private record Line(long lineNo, CSVRecord rec) {
    }

    public DelimitedRecordReader(Layout layout, Path file, String fileName) {
        this.layout = layout;
        this.text = layout.text();
        this.fileName = fileName;
        LineSource lines = new LineSource(file, fileName, layout.maxLineBytes(), layout.wholeFile().crlf());
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setDelimiter(text.delimiter())
                .setCommentMarker(text.comment()).get();
        try {
            this.parser = CSVParser.parse(new DecodingLineReader(lines, fileName, layout.encoding()), format);
        } catch (IOException e) {
            lines.close();
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        this.records = parser.iterator();
        for (int i = 0; i < text.skipLeading(); i++) {
            read();
        }
        if (text.columnNames()) {
            readColumnNames();
        }
    }

    private void readColumnNames() {
        Line names = read();
        if (names == null) {
            throw new InputRejectedException(fileName, lineNo, "record", "the file ends before its header row");
        }
        for (int i = 0; i < names.rec().size(); i++) {
            columnByName.putIfAbsent(value(names.rec().get(i)).strip(), i + 1);
        }
        for (RecordSpec spec : layout.records().values()) {
            for (FieldSpec f : spec.fields()) {
                if (f.header() != null && !columnByName.containsKey(f.header())) {
                    throw new InputRejectedException(fileName, names.lineNo(), f.name(), "the header row has no column '"
                            + StoredText.shown(f.header()) + "' (columns: " + columnByName.keySet() + ")");
                }
            }
        }
    }

    private Line read() {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord rec = records.next();
            // comment lines before the record were read with it
            lineNo = before + 1 + (rec.hasComment() ? rec.getComment().chars().filter(c -> c == '\n').count() + 1 : 0);
            return new Line(lineNo, rec);
        } catch (UncheckedIOException e) {
            throw new InputRejectedException(fileName, before + 1, null, "not RFC 4180 CSV: " + e.getCause().getMessage());
        }
    }

    @Override
    public RawRecord next() {
        while (!ended && ahead.size() <= text.footerLines()) {
            Line l = read();
            if (l == null) {
                ended = true;
            } else {
                ahead.add(l);
            }
        }
        if (ahead.isEmpty()) {
            return null;
        }
        if (ahead.size() > text.footerLines()) {
            Line l = ahead.poll();
            return record(l, typeOf(l.rec()));
        }
        // the footer: its last line carries the totals, the lines before it are titles
        while (ahead.size() > 1) {
            ahead.poll();
        }
        Line last = ahead.poll();
        return text.footerRecord() == null ? null : record(last, text.footerRecord());
    }

    private String typeOf(CSVRecord rec) {
        Layout.Discriminator d = layout.recordType();
        if (d == null) {
            return layout.records().keySet().iterator().next();
        }
        String code = d.column() <= rec.size() ? value(rec.get(d.column() - 1)).strip() : "";
        return layout.records().containsKey(code) || d.otherwise() == null ? code : d.otherwise();
    }

    private RawRecord record(Line line, String type) {
        CSVRecord rec = line.rec();
        Map<String, String> values = new HashMap<>();
        RecordSpec spec = layout.record(type).orElse(null);
        refuseNul(line, spec);
        if (spec == null) {
            return new RawRecord(type, line.lineNo(), values, new Problem("recordType", "unknown record type",
                    StoredText.shown(type)));
        }
        if (rec.size() < spec.minLength()) {
            return new RawRecord(type, line.lineNo(), values, new Problem("record",
                    "has " + rec.size() + " columns, at least " + spec.minLength() + " expected", ""));
        }
        Problem first = null;
        for (FieldSpec f : spec.fields()) {
            int column = column(f);
            String v = f.constant() != null ? f.constant() : column <= rec.size() ? value(rec.get(column - 1)) : "";
            Problem p = FieldChecker.check(f, v, values);
            first = first == null ? p : first;
        }
        return new RawRecord(type, line.lineNo(), values, first);
    }

    private int column(FieldSpec f) {
        return f.header() != null ? columnByName.get(f.header()) : f.column();
    }

    private String value(String raw) {
        String prefix = text.stripPrefix();
        return prefix != null && raw.startsWith(prefix) ? raw.substring(prefix.length()) : raw;
    }

    /** A NUL byte never belongs in a text file (binary damage) and no database text may hold it: the file is rejected. */
    private void refuseNul(Line line, RecordSpec spec) {
        CSVRecord rec = line.rec();
        for (int column = 1; column <= rec.size(); column++) {
            if (rec.get(column - 1).indexOf('\0') >= 0) {
                int c = column;
                String field = spec == null ? (c == 1 ? "recordType" : "column " + c) : spec.fields().stream().filter(f -> f.constant() == null
                        && column(f) == c).map(FieldSpec::name).findFirst().orElse(c == 1 ? "recordType" : "column " + c);
                throw new InputRejectedException(fileName, line.lineNo(), field, "holds a NUL byte (0x00): not a text file"
                        + " of this layout (damaged in transfer?)");
            }
        }
    }

    @Override
    public long linesRead() {
        return lineNo;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + fileName, e);
        }
    }
}
