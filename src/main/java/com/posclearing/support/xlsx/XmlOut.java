package com.posclearing.support.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 XML built in a byte array and handed to the open zip entry a block at a time: no {@code Writer}, no
 * per-cell strings. Text is escaped for element content and attribute values alike.
 */
final class XmlOut {
    private static final int SIZE = 32 * 1024;
    /** Room for the longest single append that does not check the space itself (a number, a tag). */
    private static final int SLACK = 64;
    private final XlsxZip zip;
    private final byte[] buf = new byte[SIZE];
    private int pos;

    XmlOut(XlsxZip zip) {
        this.zip = zip;
    }

    static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.UTF_8);
    }

    XmlOut raw(byte[] b) throws IOException {
        if (pos + b.length > SIZE) {
            flush();
            if (b.length > SIZE) {
                zip.content(b, 0, b.length);
                return this;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    XmlOut digits(long v) throws IOException {
        room();
        if (v < 0) {
            buf[pos++] = '-';
        }
        return unsigned(abs(v), 1);
    }

    /** Fen as a yuan decimal with two places ({@code -1250} → {@code -12.50}): exact, no floating point. */
    XmlOut yuan(long fen) throws IOException {
        room();
        if (fen < 0) {
            buf[pos++] = '-';
        }
        long abs = abs(fen);
        unsigned(abs / 100, 1);
        buf[pos++] = '.';
        return unsigned(abs % 100, 2);
    }

    /** Any string, escaped; characters XML cannot carry (controls, unpaired surrogates) become {@code ?}. */
    XmlOut text(String s) throws IOException {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (pos > SIZE - 8) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                ascii(c);
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                int cp = i + 1 < n && Character.isSurrogatePair(c, s.charAt(i + 1)) ? Character.toCodePoint(c, s.charAt(++i)) : -1;
                if (cp < 0) {
                    buf[pos++] = '?';
                } else {
                    buf[pos++] = (byte) (0xF0 | cp >> 18);
                    buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp & 0x3F);
                }
            } else if (c == 0xFFFE || c == 0xFFFF) {
                buf[pos++] = '?';
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private void ascii(char c) {
        switch (c) {
            case '<' -> entity('&', 'l', 't', ';');
            case '>' -> entity('&', 'g', 't', ';');
            case '&' -> entity('&', 'a', 'm', 'p', ';');
            case '"' -> entity('&', 'q', 'u', 'o', 't', ';');
            // a parser turns a literal CR (and CRLF) into LF, and tabs/LFs in attributes into spaces: keep them
            case '\r' -> entity('&', '#', '1', '3', ';');
            case '\n' -> entity('&', '#', '1', '0', ';');
            case '\t' -> entity('&', '#', '9', ';');
            default -> buf[pos++] = c < 0x20 ? (byte) '?' : (byte) c;
        }
    }

    private void entity(char... chars) {
        for (char c : chars) {
            buf[pos++] = (byte) c;
        }
    }

    private static long abs(long v) {
        if (v == Long.MIN_VALUE) {
            throw new IllegalArgumentException("no cell value can be " + v);
        }
        return Math.abs(v);
    }

    private XmlOut unsigned(long v, int minDigits) {
        int len = 1;
        for (long t = v / 10; t > 0; t /= 10) {
            len++;
        }
        len = Math.max(len, minDigits);
        for (int i = pos + len - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos += len;
        return this;
    }

    private void room() throws IOException {
        if (pos > SIZE - SLACK) {
            flush();
        }
    }

    void flush() throws IOException {
        if (pos > 0) {
            zip.content(buf, 0, pos);
            pos = 0;
        }
    }
}
