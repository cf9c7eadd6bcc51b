package com.posclearing.support.xlsx;

import com.posclearing.support.files.TextGuard;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Appends rows to one worksheet of an {@link XlsxWorkbook} as SpreadsheetML: the {@link TitleBlock}, fixed column
 * widths and the rows down to the table's header frozen, then typed cells with the template's shared styles. Text
 * goes through {@link TextGuard} and is written inline ({@code t="inlineStr"}, no shared-string table to hold); money
 * is a number in yuan written from the fen digits, so no floating point touches it; dates are Excel serial numbers
 * with a date format. The page setup follows the rows ({@link Layout}): the autofilter's range is known only then.
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
    private static final byte[][] STYLE = new byte[XlsxTemplate.STYLE_COUNT][];
    /** Column letters of the first columns, built once; later ones are spelt when used. */
    private static final byte[][] COLUMN = new byte[64][];
    /** Rows above the first data row: the title block and the table's header. */
    static final int HEAD_ROWS = TitleBlock.ROWS + 1;
    private static final byte[] SHEET_DATA_END = XmlOut.bytes("</sheetData>");
    private static final String MARGINS = "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.75\""
            + " header=\"0.3\" footer=\"0.3\"/>";
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
    private final Layout layout;
    private final TitleBlock title;
    private final int columns;
    private int rowNumber;
    private boolean rowOpen;
    private boolean totals;
    private int nextCell;
    /** The first table's header row and its last row before the totals: the autofilter's range. */
    private int headerRow;
    private int tableEnd;

    SheetWriter(XmlOut xml, String name, Layout layout, TitleBlock title, int[] widthsChars, boolean selected, int maxRows)
            throws IOException {
        if (widthsChars.length > XlsxLimits.MAX_COLUMNS) {
            throw new XlsxLimitException("sheet '" + name + "' would have " + widthsChars.length + " columns; a sheet has at most "
                    + XlsxLimits.MAX_COLUMNS);
        }
        this.xml = xml;
        this.name = name;
        this.maxRows = maxRows;
        this.layout = layout;
        this.title = title;
        this.columns = widthsChars.length;
        StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView")
                .append(selected ? " tabSelected=\"1\"" : "")
                .append(" workbookViewId=\"0\"><pane ySplit=\"").append(HEAD_ROWS).append("\" topLeftCell=\"A")
                .append(HEAD_ROWS + 1).append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widthsChars.length; i++) {
            head.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(widthsChars[i]).append("\" customWidth=\"1\"/>");
        }
        xml.raw(XmlOut.bytes(head.append("</cols><sheetData>\n").toString()));
        row();
        inline(XlsxTemplate.TITLE, TextGuard.text(title.heading()));
        row();
        inline(XlsxTemplate.TEXT, TextGuard.text(title.subheading()));
        skipRow();
    }

    /** A header row (bold, grey): the first one is the frozen header; a later one starts a second table. */
    public SheetWriter tableHeader(List<Column> columns) throws IOException {
        row();
        if (headerRow == 0) {
            headerRow = rowNumber;
        }
        for (Column c : columns) {
            inline(XlsxTemplate.HEADER, c.header());
        }
        return this;
    }

    public SheetWriter row() throws IOException {
        return openRow(false);
    }

    /** The bold row of a table's sums, under its last row and outside its autofilter. */
    public SheetWriter totalsRow() throws IOException {
        return openRow(true);
    }

    private SheetWriter openRow(boolean sums) throws IOException {
        closeRow();
        rowNumber = nextRow();
        xml.raw(ROW_START).digits(rowNumber).raw(ROW_OPENED);
        rowOpen = true;
        totals = sums;
        nextCell = 0;
        if (!sums) {
            tableEnd = rowNumber;
        }
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

    public SheetWriter blanks(int cells) {
        nextCell += cells;
        return this;
    }

    /**
     * Closes the sheet's XML, the page setup after the rows; the workbook ends the zip entry.
     *
     * @param index the sheet's place in the workbook, from 0
     * @return the sheet's defined names for the workbook: the autofilter's range and the rows printed on every page
     */
    String end(int index) throws IOException {
        closeRow();
        StringBuilder tail = new StringBuilder();
        String names = "";
        if (layout == Layout.TABLE && headerRow > 0) {
            String range = "A" + headerRow + ":" + columnName(columns - 1) + Math.max(headerRow, tableEnd);
            tail.append("<autoFilter ref=\"").append(range).append("\"/>");
            String sheet = "'" + name.replace("'", "''") + "'!";
            names = definedName("_xlnm._FilterDatabase", index, " hidden=\"1\"", sheet + absolute(range))
                    + definedName("_xlnm.Print_Titles", index, "", sheet + "$" + headerRow + ":$" + headerRow);
        }
        tail.append(MARGINS).append("<pageSetup orientation=\"").append(layout == Layout.TABLE ? "landscape" : "portrait")
                .append("\" paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter><oddFooter>");
        xml.raw(SHEET_DATA_END).raw(XmlOut.bytes(tail.toString())).text(title.footer())
                .raw(XmlOut.bytes("</oddFooter></headerFooter></worksheet>"));
        xml.flush();
        return names;
    }

    private static String definedName(String name, int sheetIndex, String attributes, String value) {
        return "<definedName name=\"" + name + "\" localSheetId=\"" + sheetIndex + "\"" + attributes + ">"
                + XlsxTemplate.escape(value) + "</definedName>";
    }

    /** {@code A4:L9} as {@code $A$4:$L$9}. */
    private static String absolute(String range) {
        return range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
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
        return xml.raw(CELL_START).raw(column).digits(rowNumber).raw(STYLE[totals ? XlsxTemplate.bold(style) : style]);
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
