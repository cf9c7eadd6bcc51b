package com.posclearing.support.xlsx;

import com.posclearing.support.files.TextGuard;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Appends rows to one worksheet of an {@link XlsxWorkbook} as SpreadsheetML: fixed column widths and the first row
 * frozen, then typed cells with the template's shared styles. Text goes through {@link TextGuard} and is written
 * inline ({@code t="inlineStr"}, no shared-string table to hold); money is a number in yuan written from the fen
 * digits, so no floating point touches it; dates are Excel serial numbers with a date format.
 */
public final class SheetWriter {
    private static final byte[] ROW_START = XmlOut.bytes("<row r=\"");
    private static final byte[] ROW_OPENED = XmlOut.bytes("\">");
    private static final byte[] ROW_END = XmlOut.bytes("</row>\n");
    private static final byte[] CELL_START = XmlOut.bytes("<c r=\"");
    private static final byte[] VALUE_START = XmlOut.bytes("><v>");
    private static final byte[] VALUE_END = XmlOut.bytes("</v></c>");
    private static final byte[] INLINE_START = XmlOut.bytes(" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE_START = XmlOut.bytes(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = XmlOut.bytes("</t></is></c>");
    private static final byte[][] STYLE = new byte[XlsxTemplate.DATE_TIME + 1][];
    /** Column letters of the first columns, built once; later ones are spelt when used. */
    private static final byte[][] COLUMN = new byte[64][];
    private static final byte[] SHEET_END = XmlOut.bytes("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\""
            + " bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
    /** 1900-03-01 is serial 61: Excel's day 0 is 1899-12-30 for every date after its fictitious 1900-02-29. */
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    static {
        for (int s = 0; s < STYLE.length; s++) {
            STYLE[s] = XmlOut.bytes("\" s=\"" + s + "\"");
        }
        for (int c = 0; c < COLUMN.length; c++) {
            COLUMN[c] = XmlOut.bytes(columnName(c));
        }
    }

    private final XmlOut xml;
    private final String name;
    private final int maxRows;
    private int rowNumber;
    private boolean rowOpen;
    private int nextCell;

    SheetWriter(XmlOut xml, String name, int[] widthsChars, boolean selected, int maxRows) throws IOException {
        if (widthsChars.length > XlsxLimits.MAX_COLUMNS) {
            throw new XlsxLimitException("sheet '" + name + "' would have " + widthsChars.length + " columns; a sheet has at most "
                    + XlsxLimits.MAX_COLUMNS);
        }
        this.xml = xml;
        this.name = name;
        this.maxRows = maxRows;
        StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView")
                .append(selected ? " tabSelected=\"1\"" : "")
                .append(" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widthsChars.length; i++) {
            head.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(widthsChars[i]).append("\" customWidth=\"1\"/>");
        }
        xml.raw(XmlOut.bytes(head.append("</cols><sheetData>\n").toString()));
    }

    /** A header row (bold, grey): the first one is the frozen header; a later one starts a second table. */
    public SheetWriter tableHeader(List<Column> columns) throws IOException {
        row();
        for (Column c : columns) {
            inline(XlsxTemplate.HEADER, c.header());
        }
        return this;
    }

    public SheetWriter row() throws IOException {
        if (rowOpen) {
            xml.raw(ROW_END);
        }
        rowNumber = nextRow();
        xml.raw(ROW_START).digits(rowNumber).raw(ROW_OPENED);
        rowOpen = true;
        nextCell = 0;
        return this;
    }

    public SheetWriter skipRow() throws IOException {
        closeRow();
        rowNumber = nextRow();
        return this;
    }

    /** True when the sheet holds as many rows as a sheet may: the next row belongs in another sheet. */
    public boolean full() {
        return rowNumber >= maxRows;
    }

    public String name() {
        return name;
    }

    private int nextRow() {
        if (full()) {
            throw new XlsxLimitException("sheet '" + name + "' is full: a sheet has at most " + maxRows + " rows");
        }
        return rowNumber + 1;
    }

    public SheetWriter text(Object value) throws IOException {
        return inline(XlsxTemplate.TEXT, TextGuard.text(value));
    }

    /** A money cell: the yuan value with two decimals ({@code -12.50}), styled {@code #,##0.00}. */
    public SheetWriter money(long amountFen) throws IOException {
        cell(XlsxTemplate.MONEY).raw(VALUE_START).yuan(amountFen).raw(VALUE_END);
        return this;
    }

    public SheetWriter count(long value) throws IOException {
        cell(XlsxTemplate.COUNT).raw(VALUE_START).digits(value).raw(VALUE_END);
        return this;
    }

    public SheetWriter date(LocalDate value) throws IOException {
        if (value == null) {
            return blank();
        }
        cell(XlsxTemplate.DATE).raw(VALUE_START).digits(serialDay(value)).raw(VALUE_END);
        return this;
    }

    /** A date-time cell: the serial day plus the fraction of the day, as POI's {@code DateUtil.getExcelDate} computes it. */
    public SheetWriter dateTime(LocalDateTime value) throws IOException {
        if (value == null) {
            return blank();
        }
        long millis = value.toLocalTime().toNanoOfDay() / 1_000_000;
        double serial = serialDay(value.toLocalDate()) + millis / MILLIS_PER_DAY;
        cell(XlsxTemplate.DATE_TIME).raw(VALUE_START).raw(XmlOut.bytes(Double.toString(serial))).raw(VALUE_END);
        return this;
    }

    public SheetWriter blank() {
        nextCell++;
        return this;
    }

    /** Closes the sheet's XML; the workbook ends the zip entry. */
    void end() throws IOException {
        closeRow();
        xml.raw(SHEET_END);
        xml.flush();
    }

    private SheetWriter inline(int style, String text) throws IOException {
        if (text.length() > XlsxLimits.MAX_CELL_CHARS) {
            throw new XlsxLimitException("sheet '" + name + "' row " + rowNumber + " column " + columnName(nextCell) + ": "
                    + text.length() + " characters; a cell holds at most " + XlsxLimits.MAX_CELL_CHARS);
        }
        boolean preserve = !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
        cell(style).raw(preserve ? INLINE_PRESERVE_START : INLINE_START).text(text).raw(INLINE_END);
        return this;
    }

    private XmlOut cell(int style) throws IOException {
        if (nextCell >= XlsxLimits.MAX_COLUMNS) {
            throw new XlsxLimitException("sheet '" + name + "' row " + rowNumber + ": a sheet has at most "
                    + XlsxLimits.MAX_COLUMNS + " columns");
        }
        int c = nextCell++;
        byte[] column = c < COLUMN.length ? COLUMN[c] : XmlOut.bytes(columnName(c));
        return xml.raw(CELL_START).raw(column).digits(rowNumber).raw(STYLE[style]);
    }

    /** A, B, … Z, AA, … XFD: the column's letters, from index 0. */
    static String columnName(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private void closeRow() throws IOException {
        if (rowOpen) {
            xml.raw(ROW_END);
            rowOpen = false;
        }
    }

    private static long serialDay(LocalDate date) {
        if (date.isBefore(FIRST_DATE)) {
            throw new IllegalArgumentException("dates before " + FIRST_DATE + " have no plain Excel serial number: " + date);
        }
        return date.toEpochDay() - EXCEL_EPOCH_DAY;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

}
