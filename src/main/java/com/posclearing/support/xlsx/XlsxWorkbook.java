package com.posclearing.support.xlsx;

import java.io.IOException;
import java.util.List;
import java.util.zip.Deflater;

/**
 * One workbook being written from an {@link XlsxTemplate}: its sheets, one after the other, streamed into the zip
 * (nothing is kept but the current 32 KiB block; no temp files). {@link #finish()} completes the file;
 * {@link #close()} hands the deflater back, finished or not.
 */
public final class XlsxWorkbook implements AutoCloseable {
    private final XlsxTemplate template;
    private final XlsxZip zip;
    private final Deflater deflater;
    private SheetWriter current;
    private int sheets;
    private boolean closed;

    XlsxWorkbook(XlsxTemplate template, XlsxZip zip, Deflater deflater) {
        this.template = template;
        this.zip = zip;
        this.deflater = deflater;
    }

    /** The next sheet, its widths taken from the header's columns; the header row is written and frozen. */
    public SheetWriter sheet(List<Column> header) throws IOException {
        return sheet(header.stream().mapToInt(Column::widthChars).toArray(), header);
    }

    /** The next sheet with explicit column widths (for a sheet whose tables differ in width). */
    public SheetWriter sheet(int[] widthsChars, List<Column> header) throws IOException {
        endSheet();
        if (sheets == template.sheetNames().size()) {
            throw new IllegalStateException("the template has " + sheets + " sheets, no more");
        }
        sheets++;
        zip.openEntry(XlsxTemplate.sheetPart(sheets));
        current = new SheetWriter(new XmlOut(zip), template.sheetNames().get(sheets - 1), widthsChars, sheets == 1,
                template.maxRowsPerSheet());
        return current.tableHeader(header);
    }

    /** Ends the last sheet and writes the zip directory; every sheet of the template must have been written. */
    public void finish() throws IOException {
        endSheet();
        if (sheets != template.sheetNames().size()) {
            throw new IllegalStateException("wrote " + sheets + " of the sheets " + template.sheetNames());
        }
        zip.finish();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            template.release(deflater);
        }
    }

    private void endSheet() throws IOException {
        if (current != null) {
            current.end();
            zip.closeEntry();
            current = null;
        }
    }
}
