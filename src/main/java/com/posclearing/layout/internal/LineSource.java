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
 * one too: a file cut in transfer ends without. Without it, every line ends like the first: a file whose line ends
 * change was edited or pieced together. A byte-order mark is refused: no layout's first field starts with one.
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
    private Boolean firstEndsInCr;

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
            if (lineNo == 1 && len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                throw new InputRejectedException(fileName, 1, null, "the file starts with a byte-order mark (EF BB BF),"
                        + " which is not part of this layout: have it sent, or save it, without one");
            }
            if (b == '\n') {
                sameLineEndAsTheFirst(crlfEnded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " at line " + lineNo, e);
        }
        if (len > 0 && buf[len - 1] == '\r') {
            len--;
        }
        return true;
    }

    private void sameLineEndAsTheFirst(boolean endsInCr) {
        if (firstEndsInCr == null) {
            firstEndsInCr = endsInCr;
        } else if (firstEndsInCr != endsInCr) {
            throw new InputRejectedException(fileName, lineNo, null, "the line ends in " + (endsInCr ? "CR LF" : "LF")
                    + " but line 1 in " + (endsInCr ? "LF" : "CR LF") + ": mixed line ends (edited or pieced-together file?)");
        }
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
