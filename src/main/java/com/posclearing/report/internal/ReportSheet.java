package com.posclearing.report.internal;

import com.posclearing.support.files.TextGuard;
import com.posclearing.support.i18n.Label;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.xlsx.Column;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of the operators' workbook, written row by row. Every column is as wide as its longest text (header or
 * value; a CJK character counts as two), text is neutralised against formulas ({@link TextGuard}), money is numeric.
 */
public final class ReportSheet {
    private static final int MAX_WIDTH_CHARS = 255;
    /** Room for the filter button beside a header and a little air beside values. */
    private static final int HEADER_PAD_CHARS = 4;
    private static final int VALUE_PAD_CHARS = 2;

    private final Sheet sheet;
    private final ReportBook book;
    private final DecimalFormat moneyText = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    private int[] widthChars = new int[16];
    private int nextRow;
    private int firstHeaderColumns;
    private Row row;
    private int col;

    ReportSheet(Sheet sheet, ReportBook book) {
        this.sheet = sheet;
        this.book = book;
    }

    public Language language() {
        return book.language;
    }

    /** A header row; the first one is frozen and is where the sheet's filter sits. */
    public ReportSheet header(List<Label> labels) {
        return headerTexts(labels.stream().map(l -> l.in(book.language)).toList());
    }

    public ReportSheet headerTexts(List<String> texts) {
        if (firstHeaderColumns == 0) {
            firstHeaderColumns = texts.size();
        }
        row();
        for (String text : texts) {
            Cell c = row.createCell(col);
            c.setCellValue(text);
            c.setCellStyle(book.header);
            fit(Column.textWidth(text) + HEADER_PAD_CHARS);
        }
        return this;
    }

    public ReportSheet row() {
        row = sheet.createRow(nextRow++);
        col = 0;
        return this;
    }

    public ReportSheet skipRow() {
        nextRow++;
        return this;
    }

    public ReportSheet text(String value) {
        String text = TextGuard.text(value);
        if (!text.isEmpty()) {
            row.createCell(col).setCellValue(text);
        }
        return fit(Column.textWidth(text) + VALUE_PAD_CHARS);
    }

    public ReportSheet label(Label label) {
        return text(label.in(book.language));
    }

    /** Text in red bold, for rows operators must look at. */
    public ReportSheet flagged(String value) {
        String text = TextGuard.text(value);
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(book.flagged);
        return fit(Column.textWidth(text) + VALUE_PAD_CHARS);
    }

    public ReportSheet money(long amountFen) {
        return number(Money.cellValue(amountFen), book.money, moneyText.format(BigDecimal.valueOf(amountFen, 2)));
    }

    public ReportSheet moneyOrBlank(Long amountFen) {
        return amountFen == null ? blank() : money(amountFen);
    }

    public ReportSheet count(long n) {
        return number(n, book.count, Long.toString(n));
    }

    /** A rate such as 0.9876, shown as 98.76 %. */
    public ReportSheet percent(BigDecimal rate) {
        return number(Money.cellValue(rate), book.percent, rate.movePointRight(2).toPlainString() + "%");
    }

    public ReportSheet date(LocalDate value) {
        return value == null ? blank() : timeCell(book.date, 10, c -> c.setCellValue(value));
    }

    public ReportSheet dateTime(LocalDateTime value) {
        return value == null ? blank() : timeCell(book.dateTime, 19, c -> c.setCellValue(value));
    }

    private ReportSheet timeCell(CellStyle style, int shownChars, Consumer<Cell> value) {
        Cell c = row.createCell(col);
        value.accept(c);
        c.setCellStyle(style);
        return fit(shownChars + VALUE_PAD_CHARS);
    }

    public ReportSheet blank() {
        return fit(0);
    }

    /** Rows written so far (headers included). */
    public int rows() {
        return nextRow;
    }

    /** Sets the widths and freezes the first header; with {@code filter}, an autofilter over the first table. */
    public void finish(boolean filter) {
        for (int i = 0; i < widthChars.length; i++) {
            if (widthChars[i] > 0) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, widthChars[i]) * 256);
            }
        }
        sheet.createFreezePane(0, 1);
        if (filter) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, firstHeaderColumns - 1));
        }
    }

    private ReportSheet number(double value, CellStyle style, String shown) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return fit(shown.length() + VALUE_PAD_CHARS);
    }

    private ReportSheet fit(int chars) {
        if (col >= widthChars.length) {
            widthChars = Arrays.copyOf(widthChars, col * 2);
        }
        widthChars[col] = Math.max(widthChars[col], chars);
        col++;
        return this;
    }

    /** The one place the report turns exact amounts into doubles: a POI numeric cell holds nothing else. */
    static final class Money {
        private Money() {
        }

        /**
         * Fen as yuan for a numeric cell: exact decimal first, then the nearest double, which a spreadsheet shows as
         * the exact cents for every amount below 2^53 fen.
         */
        static double cellValue(long amountFen) {
            return BigDecimal.valueOf(amountFen, 2).doubleValue();
        }

        static double cellValue(BigDecimal value) {
            return value.doubleValue();
        }
    }
}
