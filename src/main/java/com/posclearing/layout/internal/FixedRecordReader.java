package com.posclearing.layout.internal;

import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RawRecord.Problem;
import com.posclearing.layout.RecordReader;
import com.posclearing.layout.RecordSpec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-width layouts by BYTES: each field's byte slice is cut first and decoded on its own with a strict decoder, so
 * a GBK merchant name (2 bytes a character) cannot shift the fields after it, and bad bytes name their field.
 */
public final class FixedRecordReader implements RecordReader {
    private final String fileName;
    private final RecordSpec spec;
    private final LineSource lines;
    private final CharsetDecoder decoder;

    public FixedRecordReader(Layout layout, Path file, String fileName) {
        this.fileName = fileName;
        this.spec = layout.records().values().iterator().next();
        this.lines = new LineSource(file, fileName, layout.maxLineBytes());
        this.decoder = layout.encoding().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public RawRecord next() {
        if (!lines.next()) {
            return null;
        }
        long lineNo = lines.lineNo();
        byte[] bytes = lines.bytes();
        int length = lines.length();
        Map<String, String> values = new HashMap<>();
        if (length < spec.minLength()) {
            return new RawRecord(spec.type(), lineNo, values, new Problem("record",
                    "has " + length + " bytes, at least " + spec.minLength() + " expected", ""));
        }
        Problem first = null;
        for (FieldSpec f : spec.fields()) {
            String text;
            try {
                // trailing fields beyond a short (but long enough) record are blank
                int from = Math.min(f.position() - 1, length);
                int to = Math.min(f.endPosition(), length);
                text = decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString().strip();
            } catch (CharacterCodingException e) {
                first = first != null ? first : new Problem(f.name(), "bytes " + f.position() + "-" + f.endPosition()
                        + " are not valid " + decoder.charset().name() + " text (wrong encoding?)", "");
                continue;
            }
            Problem p = FieldChecker.check(f, text, values);
            first = first == null ? p : first;
        }
        return new RawRecord(spec.type(), lineNo, values, first);
    }

    @Override
    public long linesRead() {
        return lines.lineNo();
    }

    @Override
    public void close() {
        lines.close();
    }

    @Override
    public String toString() {
        return "fixed-width reader of " + fileName;
    }
}
