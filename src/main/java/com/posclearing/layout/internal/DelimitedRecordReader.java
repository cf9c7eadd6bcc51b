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
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Delimited layouts: RFC 4180 CSV via commons-csv, the first column selecting the record type. */
public final class DelimitedRecordReader implements RecordReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private final Layout layout;
    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lineNo;

    public DelimitedRecordReader(Layout layout, Path file, String fileName) {
        this.layout = layout;
        this.fileName = fileName;
        LineSource lines = new LineSource(file, fileName, layout.maxLineBytes(), layout.wholeFile().crlf());
        try {
            this.parser = CSVParser.parse(new DecodingLineReader(lines, fileName, layout.encoding()), FORMAT);
        } catch (IOException e) {
            lines.close();
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        this.records = parser.iterator();
    }

    @Override
    public RawRecord next() {
        long before = parser.getCurrentLineNumber();
        CSVRecord rec;
        try {
            if (!records.hasNext()) {
                return null;
            }
            rec = records.next();
        } catch (UncheckedIOException e) {
            throw new InputRejectedException(fileName, before + 1, null, "not RFC 4180 CSV: " + e.getCause().getMessage());
        }
        lineNo = before + 1;
        String type = rec.get(0);
        Map<String, String> values = new HashMap<>();
        RecordSpec spec = layout.record(type).orElse(null);
        refuseNul(rec, spec);
        if (spec == null) {
            return new RawRecord(type, lineNo, values, new Problem("recordType", "unknown record type", StoredText.shown(type)));
        }
        if (rec.size() < spec.minLength()) {
            return new RawRecord(type, lineNo, values, new Problem("record",
                    "has " + rec.size() + " columns, at least " + spec.minLength() + " expected", ""));
        }
        Problem first = null;
        for (FieldSpec f : spec.fields()) {
            String v = f.column() <= rec.size() ? rec.get(f.column() - 1) : "";
            Problem p = FieldChecker.check(f, v, values);
            first = first == null ? p : first;
        }
        return new RawRecord(type, lineNo, values, first);
    }

    /** A NUL byte never belongs in a text file (binary damage) and no database text may hold it: the file is rejected. */
    private void refuseNul(CSVRecord rec, RecordSpec spec) {
        for (int column = 1; column <= rec.size(); column++) {
            if (rec.get(column - 1).indexOf('\0') >= 0) {
                int c = column;
                String field = c == 1 ? "recordType" : spec == null ? "column " + c : spec.fields().stream().filter(f -> f.column() == c)
                        .map(FieldSpec::name).findFirst().orElse("column " + c);
                throw new InputRejectedException(fileName, lineNo, field, "holds a NUL byte (0x00): not a text file of"
                        + " this layout (damaged in transfer?)");
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
