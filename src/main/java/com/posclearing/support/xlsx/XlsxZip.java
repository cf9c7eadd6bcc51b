package com.posclearing.support.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The zip container of a workbook, written straight to its output stream: entries whose bytes were deflated once
 * for every workbook ({@link Precompressed}, the constant parts) and entries streamed through a {@link Deflater}
 * the caller owns and reuses (the sheets). {@code java.util.zip.ZipOutputStream} allocates a native deflater per
 * stream and deflates the constant parts again for every file; a statement step writes tens of thousands of small
 * workbooks, so that fixed cost is what this class removes.
 *
 * <p>Deterministic: every entry carries the same DOS time (1980-01-01 00:00) and no extra fields, so the same
 * content gives the same bytes. No zip64: an entry or the archive beyond 4 GiB is refused (a sheet is limited to
 * 1,048,576 rows long before that).
 */
final class XlsxZip {
    private static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
    private static final int FLAG_DATA_DESCRIPTOR = 1 << 3;
    private static final int DEFLATED = 8;
    private static final int VERSION = 20;
    private static final long MAX_32 = 0xFFFF_FFFFL;

    private final OutputStream out;
    private final Deflater deflater;
    private final byte[] deflated = new byte[16 * 1024];
    private final byte[] header = new byte[64];
    private final List<Entry> entries = new ArrayList<>();
    private final CRC32 crc = new CRC32();
    private long offset;
    private Entry open;

    /** A part deflated once; its bytes are copied into every archive. */
    record Precompressed(String name, byte[] nameBytes, byte[] data, int crc, long size) {
        static Precompressed of(String name, byte[] content) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                d.setInput(content);
                d.finish();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buf = new byte[4096];
                while (!d.finished()) {
                    bytes.write(buf, 0, d.deflate(buf));
                }
                CRC32 c = new CRC32();
                c.update(content);
                return new Precompressed(name, name.getBytes(StandardCharsets.US_ASCII), bytes.toByteArray(),
                        (int) c.getValue(), content.length);
            } finally {
                d.end();
            }
        }
    }

    private static final class Entry {
        final byte[] name;
        final int flags;
        final long offset;
        int crc;
        long compressed;
        long size;

        Entry(byte[] name, int flags, long offset) {
            this.name = name;
            this.flags = flags;
            this.offset = offset;
        }
    }

    /** @param deflater a raw ({@code nowrap}) deflater, reset here after each entry; the caller keeps it */
    XlsxZip(OutputStream out, Deflater deflater) {
        this.out = out;
        this.deflater = deflater;
    }

    void add(Precompressed part) throws IOException {
        requireNoOpenEntry();
        Entry e = new Entry(part.nameBytes(), 0, offset);
        e.crc = part.crc();
        e.compressed = part.data().length;
        e.size = part.size();
        localHeader(e);
        write(part.data(), 0, part.data().length);
        entries.add(e);
    }

    /** Starts an entry whose content follows through {@link #content}; {@link #closeEntry()} ends it. */
    void openEntry(String name) throws IOException {
        requireNoOpenEntry();
        open = new Entry(name.getBytes(StandardCharsets.US_ASCII), FLAG_DATA_DESCRIPTOR, offset);
        localHeader(open);
        crc.reset();
    }

    /** Uncompressed content of the open entry. */
    void content(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        open.size += len;
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    void closeEntry() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        deflater.reset();
        open.crc = (int) crc.getValue();
        checkSize(open.size);
        int n = 0;
        n = int32(n, 0x08074b50);
        n = int32(n, open.crc);
        n = int32(n, (int) open.compressed);
        n = int32(n, (int) open.size);
        write(header, 0, n);
        entries.add(open);
        open = null;
    }

    /** Writes the central directory; the stream stays open (its owner closes it). */
    void finish() throws IOException {
        requireNoOpenEntry();
        long start = offset;
        for (Entry e : entries) {
            int n = 0;
            n = int32(n, 0x02014b50);
            n = int16(n, VERSION);
            n = common(n, e);
            n = int16(n, 0); // comment
            n = int16(n, 0); // disk
            n = int16(n, 0); // internal attributes
            n = int32(n, 0); // external attributes
            n = int32(n, (int) e.offset);
            write(header, 0, n);
            write(e.name, 0, e.name.length);
        }
        checkSize(offset);
        int n = 0;
        n = int32(n, 0x06054b50);
        n = int32(n, 0); // this disk, directory's disk
        n = int16(n, entries.size());
        n = int16(n, entries.size());
        n = int32(n, (int) (offset - start));
        n = int32(n, (int) start);
        n = int16(n, 0); // comment
        write(header, 0, n);
    }

    private void localHeader(Entry e) throws IOException {
        int n = int32(0, 0x04034b50);
        write(header, 0, common(n, e));
        write(e.name, 0, e.name.length);
    }

    /** The fields a local header and a central directory record share, from "version needed" to "extra length". */
    private int common(int n, Entry e) {
        n = int16(n, VERSION);
        n = int16(n, e.flags);
        n = int16(n, DEFLATED);
        n = int16(n, 0); // time 00:00:00
        n = int16(n, DOS_DATE_1980_01_01);
        boolean later = (e.flags & FLAG_DATA_DESCRIPTOR) != 0 && e == open;
        n = int32(n, later ? 0 : e.crc);
        n = int32(n, later ? 0 : (int) e.compressed);
        n = int32(n, later ? 0 : (int) e.size);
        n = int16(n, e.name.length);
        return int16(n, 0); // extra
    }

    private void drain() throws IOException {
        int n = deflater.deflate(deflated);
        open.compressed += n;
        write(deflated, 0, n);
    }

    private void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        offset += len;
    }

    private int int16(int at, int v) {
        header[at] = (byte) v;
        header[at + 1] = (byte) (v >>> 8);
        return at + 2;
    }

    private int int32(int at, int v) {
        return int16(int16(at, v & 0xFFFF), v >>> 16);
    }

    private void requireNoOpenEntry() {
        if (open != null) {
            throw new IllegalStateException("zip entry " + new String(open.name, StandardCharsets.US_ASCII) + " is still open");
        }
    }

    private static void checkSize(long bytes) {
        if (bytes > MAX_32) {
            throw new IllegalStateException("a workbook part or file above 4 GiB needs zip64, which this writer does not do");
        }
    }
}
