package com.posclearing.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Test helper: lays out one ACOMA record by BYTE positions (SPEC 2.2 table): 46 fields, GBK, one space between
 * fields, values left-aligned and space-padded to their byte length, CRLF at the end.
 */
final class AcomaLine {
    static final Charset GBK = Charset.forName("GBK");
    static final int[] LENGTHS = {11, 11, 6, 10, 19, 12, 12, 12, 4, 6, 4, 8, 15, 12, 2, 6, 11, 6, 2, 3, 12, 12, 12, 1,
        3, 1, 1, 10, 11, 1, 2, 2, 12, 14, 11, 11, 1, 1, 4, 2, 40, 3, 9, 9, 11, 9};
    private final byte[][] fields = new byte[46][];
    private byte[] tail = new byte[0];

    /** A plain sale of 125.00 yuan on terminal T0000001, cleared 2026-11-24. */
    static AcomaLine sale() {
        AcomaLine l = new AcomaLine();
        String[] v = {"48020000", "48020000", "000123", "1124101530", "622848******1234", "000000012500", "000000000000",
            "000000000000", "0200", "000000", "5411", "T0000001", "898440358120001", "RRN000000001", "00", "A12345",
            "03080000", "", "00", "051", "000000000000", "000000000050", "000000000002", "0", "000", "5", "0", "",
            "03080000", "0", "03", "", "000000000000", "", "48020000", "00010000", "", "", "1124", "01", "上海测试便利店",
            "156", "000000000", "D00000069", "03080000", "000000000"};
        for (int i = 0; i < v.length; i++) {
            l.set(i + 1, v[i]);
        }
        return l;
    }

    /** Sets field {@code no} (1-based) to {@code value}, GBK-encoded and space-padded. */
    AcomaLine set(int no, String value) {
        return setBytes(no, value.getBytes(GBK));
    }

    AcomaLine setBytes(int no, byte[] raw) {
        int len = LENGTHS[no - 1];
        if (raw.length > len) {
            throw new IllegalArgumentException("field " + no + " has " + len + " bytes, value has " + raw.length);
        }
        byte[] padded = Arrays.copyOf(raw, len);
        Arrays.fill(padded, raw.length, len, (byte) ' ');
        fields[no - 1] = padded;
        return this;
    }

    /** Bytes after field 46 (UnionPay adds fee fields there; the parser must ignore them). */
    AcomaLine tail(String extra) {
        tail = (" " + extra).getBytes(GBK);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(' ');
            }
            out.writeBytes(fields[i]);
        }
        out.writeBytes(tail);
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    static byte[] file(AcomaLine... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (AcomaLine l : lines) {
            out.writeBytes(l.bytes());
        }
        return out.toByteArray();
    }
}
