package com.posclearing.support.xlsx;

import java.io.IOException;
import java.util.List;
import java.util.zip.Deflater;

/**
 * One workbook being written from an {@link XlsxTemplate}: its sheets, one after the other, streamed into the zip
 * (nothing is kept but the current 32 KiB block and each sheet's defined names; no temp files), every sheet under the
 * same {@link TitleBlock}. {@link #finish()} completes the file; {@link #close()} hands the deflater back, finished or
 * not.
 */
public final class XlsxWorkbook implements AutoCloseable {
    /** Characters a header's autofilter button covers. */
    private static final int FILTER_BUTTON_CHARS = 3;
    private final XlsxTemplate template;
    private final XlsxZip zip;
    private final Deflater deflater;
    private final TitleBlock title;
    private final StringBuilder definedNames = new StringBuilder();
    private SheetWriter current;
    private int sheets;
    private boolean closed;

    XlsxWorkbook(XlsxTemplate template, XlsxZip zip, Deflater deflater, TitleBlock title) {
        this.template = template;
        this.zip = zip;
        this.deflater = deflater;
        this.title = title;
    }

    /** The next sheet, its widths taken from the header's columns; the title and header rows are written and frozen. */
    public SheetWriter sheet(Layout layout, List<Column> header) throws IOException {
        return sheet(layout, header.stream().mapToInt(Column::widthChars).toArray(), header);
    }

    /**
     * The next sheet with explicit column widths (for a sheet whose tables differ in width), each widened where the
     * header's label would not show whole (with room for a table's filter button).
     */
    public SheetWriter sheet(Layout layout, int[] widthsChars, List<Column> header) throws IOException {
        endSheet();
        int[] widths = widthsChars.clone();
        int room = layout == Layout.TABLE ? FILTER_BUTTON_CHARS : 1;
        for (int i = 0; i < Math.min(widths.length, header.size()); i++) {
            widths[i] = Math.max(widths[i], Column.textWidth(header.get(i).header()) + room);
        }
        if (sheets == template.sheetNames().size()) {
            throw new IllegalStateException("the template has " + sheets + " sheets, no more");
        }
        sheets++;
        zip.openEntry(XlsxTemplate.sheetPart(sheets));
        current = new SheetWriter(new XmlOut(zip), template.sheetNames().get(sheets - 1), layout, title, widths, sheets == 1,
                template.maxRowsPerSheet());
        return current.tableHeader(header);
    }

    /**
     * Ends the last sheet, writes the workbook part with the sheets' defined names and the zip directory; every sheet
     * of the template must have been written.
     */
    public void finish() throws IOException {
        endSheet();
        if (sheets != template.sheetNames().size()) {
            throw new IllegalStateException("wrote " + sheets + " of the sheets " + template.sheetNames());
        }
        byte[] workbook = template.workbook(definedNames.toString());
        zip.openEntry(XlsxTemplate.WORKBOOK_PART);
        zip.content(workbook, 0, workbook.length);
        zip.closeEntry();
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
            definedNames.append(current.end(sheets - 1));
            zip.closeEntry();
            current = null;
        }
    }
}
