package com.posclearing.support.files;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV conventions of the output files: RFC 4180 quoting, CRLF, UTF-8 with or without a byte-order mark.
 *
 * <p>Rows go through {@code CSVFormat.printRecord(Appendable, ...)} rather than {@code CSVPrinter}: commons-csv
 * 1.14.1's {@code CSVPrinter} class carries a SpotBugs annotation that is not on our classpath, and merely
 * referencing the class makes javac warn (fatal under {@code -Werror}).
 */
public final class CsvFiles implements Closeable {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final Writer writer;
    private long records;

    private CsvFiles(Writer writer) {
        this.writer = writer;
    }

    /**
     * A CSV file over {@code out}, its header written. With {@code bom}, the file starts with the UTF-8 byte-order
     * mark so Excel on a Chinese Windows opens it as UTF-8 and not as GBK.
     */
    public static CsvFiles open(OutputStream out, boolean bom, String... header) throws IOException {
        if (bom) {
            out.write(UTF8_BOM);
        }
        CsvFiles csv = new CsvFiles(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
        FORMAT.printRecord(csv.writer, (Object[]) header);
        return csv;
    }

    /** One record; values are written as given (callers escape text with {@link TextGuard}). */
    public void record(Object... values) throws IOException {
        FORMAT.printRecord(writer, values);
        records++;
    }

    /** Data records written, the header excluded. */
    public long records() {
        return records;
    }

    /** Flushes; the underlying stream is closed by its owner. */
    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
