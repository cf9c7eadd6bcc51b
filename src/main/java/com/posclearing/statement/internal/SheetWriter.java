package com.posclearing.statement.internal;

import com.posclearing.statement.Language;
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
            COLUMN[c] = XmlOut.bytes(c < 26 ? String.valueOf((char) ('A' + c)) : "" + (char) ('A' + c / 26 - 1) + (char) ('A' + c % 26));
        }
    }

    private final XmlOut xml;
    private int rowNumber;
    private boolean rowOpen;
    private int nextCell;

    SheetWriter(XmlOut xml, int[] widthsChars, boolean selected) throws IOException {
        this.xml = xml;
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
    public SheetWriter tableHeader(List<Column> columns, Language language) throws IOException {
        row();
        for (Column c : columns) {
            inline(XlsxTemplate.HEADER, c.label().in(language));
        }
        return this;
    }

    public SheetWriter row() throws IOException {
        if (rowOpen) {
            xml.raw(ROW_END);
        }
        rowNumber++;
        xml.raw(ROW_START).digits(rowNumber).raw(ROW_OPENED);
        rowOpen = true;
        nextCell = 0;
        return this;
    }

    public SheetWriter skipRow() throws IOException {
        closeRow();
        rowNumber++;
        return this;
    }

    public SheetWriter text(Object value) throws IOException {
        return inline(XlsxTemplate.TEXT, TextGuard.text(value));
    }

    public SheetWriter text(Label label, Language language) throws IOException {
        return text(label.in(language));
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
        boolean preserve = !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
        cell(style).raw(preserve ? INLINE_PRESERVE_START : INLINE_START).text(text).raw(INLINE_END);
        return this;
    }

    private XmlOut cell(int style) throws IOException {
        if (nextCell >= COLUMN.length) {
            throw new IllegalStateException("a sheet row here has at most " + COLUMN.length + " cells");
        }
        return xml.raw(CELL_START).raw(COLUMN[nextCell++]).digits(rowNumber).raw(STYLE[style]);
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
