package com.posclearing.layout.internal;

import com.posclearing.kernel.InputRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file line by line as bytes (LF or CRLF, the CR dropped), never more than one line in memory: a line over
 * the limit rejects the file rather than filling the heap. With {@code crlf} every line must end in CR LF, the last
 * one too: a file cut in transfer ends without.
 */
final class LineSource implements AutoCloseable {
    private final InputStream in;
    private final String fileName;
    private final int maxLineBytes;
    private final boolean crlf;
    // own buffer: BufferedInputStream.read() takes a lock per byte, the hottest spot of a 1 M-line ingest
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] buf = new byte[512];
    private int len;
    private long lineNo;

    LineSource(Path file, String fileName, int maxLineBytes, boolean crlf) {
        try {
            this.in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + fileName, e);
        }
        this.fileName = fileName;
        this.maxLineBytes = maxLineBytes;
        this.crlf = crlf;
    }

    /** Reads the next line into {@link #bytes()}/{@link #length()}; false at the end of the file. */
    boolean next() {
        len = 0;
        try {
            int b = read();
            if (b < 0) {
                return false;
            }
            lineNo++;
            while (b >= 0 && b != '\n') {
                if (len == maxLineBytes + 1) {
                    throw new InputRejectedException(fileName, lineNo, null,
                            "line is longer than " + maxLineBytes + " bytes: not a file of this layout");
                }
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxLineBytes + 2));
                }
                buf[len++] = (byte) b;
                b = read();
            }
            boolean crlfEnded = b == '\n' && len > 0 && buf[len - 1] == '\r';
            if (crlf && !crlfEnded) {
                throw new InputRejectedException(fileName, lineNo, "record", b < 0
                        ? "the file ends inside this line, without CR LF: it was cut short (truncated in transfer?)"
                        : "the line ends in LF without CR: not a file of this layout (converted or wrong file?)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " at line " + lineNo, e);
        }
        if (len > 0 && buf[len - 1] == '\r') {
            len--;
        }
        return true;
    }

    private int read() throws IOException {
        if (chunkPos == chunkEnd) {
            int n = in.read(chunk);
            if (n <= 0) {
                return -1;
            }
            chunkPos = 0;
            chunkEnd = n;
        }
        return chunk[chunkPos++] & 0xFF;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }

    long lineNo() {
        return lineNo;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + fileName, e);
        }
    }
}
