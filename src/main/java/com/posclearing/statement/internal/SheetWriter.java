package com.posclearing.statement.internal;

import com.posclearing.kernel.Yuan;
import com.posclearing.statement.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Appends rows to one sheet with the workbook's shared {@link Styles}: a frozen, styled header row, fixed column
 * widths, then typed cells. Text goes through {@link TextGuard}; money is a numeric cell in yuan.
 */
public final class SheetWriter {
    private final Sheet sheet;
    private final Styles styles;
    private int nextRow;
    private Row row;
    private int nextCell;

    public SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Sets the widths, writes the header row at the current row and freezes the rows down to it. */
    public SheetWriter header(List<Column> columns, Language language) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).widthChars() * 256);
        }
        tableHeader(columns, language);
        sheet.createFreezePane(0, nextRow);
        return this;
    }

    /** Fixed widths, in characters, of the first columns (for sheets whose tables differ in width). */
    public SheetWriter widths(int... widthChars) {
        for (int i = 0; i < widthChars.length; i++) {
            sheet.setColumnWidth(i, widthChars[i] * 256);
        }
        return this;
    }

    /** Rows written so far, header rows included. */
    public int rowCount() {
        return nextRow;
    }

    /** A header row for a second table further down a sheet (not frozen, widths unchanged). */
    public SheetWriter tableHeader(List<Column> columns, Language language) {
        row();
        for (Column c : columns) {
            Cell cell = row.createCell(nextCell++);
            cell.setCellValue(c.label().in(language));
            cell.setCellStyle(styles.header());
        }
        return this;
    }

    public SheetWriter row() {
        row = sheet.createRow(nextRow++);
        nextCell = 0;
        return this;
    }

    public SheetWriter skipRow() {
        nextRow++;
        return this;
    }

    public SheetWriter text(Object value) {
        Cell cell = row.createCell(nextCell++);
        cell.setCellValue(TextGuard.text(value));
        cell.setCellStyle(styles.text());
        return this;
    }

    public SheetWriter text(Label label, Language language) {
        return text(label.in(language));
    }

    /**
     * A money cell in yuan. The exact decimal {@code Yuan.toYuan} becomes a double only here, at the POI boundary,
     * because a spreadsheet number is an IEEE double; every fen amount below 2^53 / 100 yuan round-trips exactly
     * to its two-decimal display.
     */
    public SheetWriter money(long amountFen) {
        Cell cell = row.createCell(nextCell++);
        cell.setCellValue(Yuan.toYuan(amountFen).doubleValue());
        cell.setCellStyle(styles.money());
        return this;
    }

    /** A money cell, or an empty cell when the amount is absent (null). */
    public SheetWriter moneyOrBlank(Long amountFen) {
        return amountFen == null ? blank() : money(amountFen);
    }

    public SheetWriter count(long value) {
        Cell cell = row.createCell(nextCell++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.count());
        return this;
    }

    public SheetWriter date(LocalDate value) {
        if (value == null) {
            return blank();
        }
        Cell cell = row.createCell(nextCell++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date());
        return this;
    }

    public SheetWriter dateTime(LocalDateTime value) {
        if (value == null) {
            return blank();
        }
        Cell cell = row.createCell(nextCell++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.dateTime());
        return this;
    }

    public SheetWriter blank() {
        nextCell++;
        return this;
    }
}
