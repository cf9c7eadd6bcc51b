package com.posclearing.generator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Streams a bank clearing file (layout cups-acoma, SPEC 2.2): GBK, fixed width counted in bytes, the 46 fields
 * separated by one space, then a trailing fee block as real files have, CRLF. Constant fields carry plausible
 * institution codes; field 21, 22, 23 and 33 are 12 zero-padded digits in fen.
 */
public final class AcomaWriter implements AutoCloseable {
    public static final Charset GBK = Charset.forName("GBK");
    /** Field lengths 1..46 in bytes (SPEC 2.2); each field starts one byte after the previous one ends. */
    static final int[] LENGTHS = {11, 11, 6, 10, 19, 12, 12, 12, 4, 6, 4, 8, 15, 12, 2, 6, 11, 6, 2, 3, 12, 12, 12,
        1, 3, 1, 1, 10, 11, 1, 2, 2, 12, 14, 11, 11, 1, 1, 4, 2, 40, 3, 9, 9, 11, 9};
    /** What follows field 46 in real files: more fee fields, which parsers ignore. */
    static final String TAIL = " 000000000000 000000000000 D00000000 0000000000";
    private static final DateTimeFormatter MMDD_TIME = DateTimeFormatter.ofPattern("MMddHHmmss");
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    private final OutputStream out;
    private final LocalDate clearingDate;
    private final CharsetEncoder encoder = GBK.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private long rows;

    public AcomaWriter(OutputStream out, LocalDate clearingDate) {
        this.out = out;
        this.clearingDate = clearingDate;
    }

    /** Writes one row and returns its 1-based line number. */
    public long write(AcomaRow r) {
        String[] f = new String[LENGTHS.length];
        f[0] = "48021000";
        f[1] = "00010344";
        f[2] = r.stan().value();
        f[3] = r.transmissionTime().format(MMDD_TIME);
        f[4] = r.pan().value();
        f[5] = zeros(r.amountFen(), 12);
        f[6] = zeros(0, 12);
        f[7] = zeros(0, 12);
        f[8] = r.mti();
        f[9] = r.processingCode();
        f[10] = r.mcc();
        f[11] = r.terminalId().value();
        f[12] = r.merchantId().value();
        f[13] = r.rrn().value();
        f[14] = "00";
        f[15] = r.authCode();
        f[16] = "03080000";
        f[17] = r.origStan() == null ? "" : r.origStan().value();
        f[18] = "00";
        f[19] = "071";
        f[20] = zeros(0, 12);
        f[21] = zeros(r.acquirerCostFen(), 12);
        f[22] = zeros(0, 12);
        f[23] = "2";
        f[24] = "001";
        f[25] = "5";
        f[26] = "0";
        f[27] = r.origTxnTime() == null ? "" : r.origTxnTime().format(MMDD_TIME);
        f[28] = "03080000";
        f[29] = "0";
        f[30] = "03";
        f[31] = "00";
        f[32] = zeros(0, 12);
        f[33] = "";
        f[34] = "00010000";
        f[35] = "00010000";
        f[36] = r.reversed() ? "R" : "";
        f[37] = r.cancelled() ? "C" : "";
        f[38] = clearingDate.format(MMDD);
        f[39] = "01";
        f[40] = r.merchantName();
        f[41] = "156";
        f[42] = "D00000000";
        // a refund gives the merchant fee back (credit), a sale charges it (debit)
        f[43] = ("200000".equals(r.processingCode()) ? "C" : "D") + zeros(r.merchantFeeFen(), 8);
        f[44] = "01020000";
        f[45] = "D00000000";
        ByteBuffer line = ByteBuffer.allocate(512);
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                line.put((byte) ' ');
            }
            put(line, f[i], LENGTHS[i], i + 1);
        }
        put(line, TAIL, TAIL.length(), 47);
        line.put((byte) '\r').put((byte) '\n');
        try {
            out.write(line.array(), 0, line.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ++rows;
    }

    /** Left-justifies {@code text} in {@code len} bytes of GBK, padding with spaces; refuses what does not fit. */
    private void put(ByteBuffer line, String text, int len, int fieldNo) {
        ByteBuffer bytes;
        try {
            bytes = encoder.reset().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("field " + fieldNo + " cannot be written in GBK: " + text, e);
        }
        if (bytes.remaining() > len) {
            throw new IllegalArgumentException("field " + fieldNo + " is " + bytes.remaining() + " bytes, max " + len
                    + ": " + text);
        }
        int n = bytes.remaining();
        line.put(bytes);
        for (int i = n; i < len; i++) {
            line.put((byte) ' ');
        }
    }

    private static String zeros(long value, int width) {
        String s = Long.toString(value);
        if (s.length() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
        return "0".repeat(width - s.length()) + s;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
