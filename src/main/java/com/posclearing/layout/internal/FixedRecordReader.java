package com.posclearing.layout.internal;

import com.posclearing.kernel.InputRejectedException;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-width layouts by BYTES: each field's byte slice is cut first and decoded on its own with a strict decoder, so
 * a GBK merchant name (2 bytes a character) cannot shift the fields after it, and bad bytes name their field. By
 * CHARACTERS ({@code width: characters}) the line is decoded whole, then cut by characters (code points). A line
 * too short or not in the encoding is a line reject, or rejects the file whole when the layout says so
 * ({@link Layout.WholeFile#unreadableLineRejectsFile()}); a NUL byte always does (binary damage, and no database text
 * may hold it).
 */
public final class FixedRecordReader implements RecordReader {
    private final String fileName;
    private final Layout layout;
    /** The record type of the line being read. */
    private RecordSpec spec;
    private final LineSource lines;
    private final CharsetDecoder decoder;
    private final boolean asciiCompatible;
    private final boolean unreadableRejectsFile;
    private final boolean byChars;
    /** What positions count, for messages. */
    private final String unit;
    /** The decoded line when the layout counts characters; null when it counts bytes. */
    private String chars;

    public FixedRecordReader(Layout layout, Path file, String fileName) {
        this.fileName = fileName;
        this.layout = layout;
        this.spec = layout.records().values().iterator().next();
        this.lines = new LineSource(file, fileName, layout.maxLineBytes(), layout.wholeFile().crlf());
        this.unreadableRejectsFile = layout.wholeFile().unreadableLineRejectsFile();
        this.decoder = layout.encoding().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.asciiCompatible = asciiCompatible(layout.encoding());
        this.byChars = layout.width() == Layout.Width.CHARACTERS;
        this.unit = byChars ? "characters" : "bytes";
    }

    /** True when the encoding reads bytes 0x00-0x7F as ASCII (GBK, UTF-8, ISO-8859-x do; EBCDIC, UTF-16 do not). */
    private static boolean asciiCompatible(java.nio.charset.Charset charset) {
        byte[] ascii = new byte[128];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) i;
        }
        return new String(ascii, charset).equals(new String(ascii, StandardCharsets.US_ASCII));
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
        refuseNul(bytes, length, lineNo);
        if (byChars) {
            try {
                chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                return unreadable(lineNo, values, new Problem("record", "is not valid " + decoder.charset().name()
                        + " text (wrong encoding?)", ""));
            }
            length = chars.codePointCount(0, chars.length());
        }
        Layout.Discriminator d = layout.recordType();
        if (d != null) {
            String code = byChars ? charSlice(Math.min(d.position() - 1, length),
                    Math.min(d.position() - 1 + d.length(), length)).strip() : new String(bytes, Math.min(d.position() - 1, length), Math.max(0, Math.min(d.position() - 1
                    + d.length(), length) - d.position() + 1), layout.encoding()).strip();
            spec = layout.records().getOrDefault(code, d.otherwise() == null ? null : layout.records().get(d.otherwise()));
            if (spec == null) {
                spec = layout.records().values().iterator().next();
                return new RawRecord(code, lineNo, values, new Problem("recordType", "unknown record type",
                        com.posclearing.kernel.StoredText.shown(code)));
            }
        }
        if (length < spec.minLength()) {
            return unreadable(lineNo, values, new Problem("record",
                    "has " + length + " " + unit + ", at least " + spec.minLength() + " expected", ""));
        }
        Problem first = null;
        for (FieldSpec f : spec.fields()) {
            if (f.constant() != null) {
                Problem p = FieldChecker.check(f, f.constant(), values);
                first = first == null ? p : first;
                continue;
            }
            String text;
            try {
                // trailing fields beyond a short (but long enough) record are blank
                int from = Math.min(f.position() - 1, length);
                int to = Math.min(f.endPosition(), length);
                text = slice(bytes, from, to).strip();
            } catch (CharacterCodingException e) {
                Problem p = new Problem(f.name(), "bytes " + f.position() + "-" + f.endPosition() + " are not valid "
                        + decoder.charset().name() + " text (wrong encoding?)", "");
                first = first != null ? first : unreadable(lineNo, values, p).problem();
                continue;
            }
            Problem p = FieldChecker.check(f, text, values);
            first = first == null ? p : first;
        }
        return new RawRecord(spec.type(), lineNo, values, first);
    }

    private RawRecord unreadable(long lineNo, Map<String, String> values, Problem problem) {
        if (unreadableRejectsFile) {
            throw new InputRejectedException(fileName, lineNo, problem.field(), problem.reason()
                    + ": the file is rejected whole (cut short, wrong encoding or not a file of this layout?)");
        }
        return new RawRecord(spec.type(), lineNo, values, problem);
    }

    private void refuseNul(byte[] bytes, int length, long lineNo) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                int position = i + 1;
                String field = spec.fields().stream().filter(f -> f.position() <= position && position <= f.endPosition())
                        .map(FieldSpec::name).findFirst().orElse("record");
                throw new InputRejectedException(fileName, lineNo, field, "byte " + position
                        + " is a NUL byte (0x00): not a text file of this layout (damaged in transfer?)");
            }
        }
    }

    /** Positions {@code from} (0-based) to {@code to} (exclusive) of the line, in the layout's unit. */
    private String slice(byte[] bytes, int from, int to) throws CharacterCodingException {
        return byChars ? charSlice(from, to) : decode(bytes, from, to);
    }

    private String charSlice(int from, int to) {
        int start = chars.offsetByCodePoints(0, from);
        return chars.substring(start, chars.offsetByCodePoints(start, Math.max(0, to - from)));
    }

    /**
     * A slice of plain ASCII is the same text in GBK, UTF-8 and ASCII: it skips the decoder (its reset and buffers
     * were the hottest spot of a 1 M-row bank file); any other byte goes through the strict decoder.
     */
    private String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0 || !asciiCompatible) {
                return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            }
        }
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
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
