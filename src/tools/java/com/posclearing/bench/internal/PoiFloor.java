package com.posclearing.bench.internal;

import com.posclearing.kernel.Yuan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's own floor for the statement step: a bare SXSSF loop, on the calling thread only, writing one workbook per
 * statement with the same number of transaction rows — two sheets (a 16-row summary, the transactions with 12
 * columns), shared styles (money {@code #,##0.00}, date-time, text, bold header), a frozen header row and fixed widths,
 * uncompressed temp files as the job uses. Nothing else: no database, no CSV, no atomic rename.
 */
public final class PoiFloor {
    private static final int COLUMNS = 12;

    private PoiFloor() {
    }

    /**
     * @param workbooks how many were written; rows the transaction rows in all of them
     */
    public record Result(long millis, long workbooks, long rows) {
        public double workbooksPerSecond() {
            return millis == 0 ? 0 : workbooks * 1000.0 / millis;
        }
    }

    /** Writes {@code rowsPerWorkbook.size()} workbooks into {@code dir} (deleting each after it is written). */
    public static Result run(List<Integer> rowsPerWorkbook, Path dir) {
        long rows = 0;
        long start = System.nanoTime();
        try {
            Files.createDirectories(dir);
            LocalDateTime time = LocalDateTime.of(2026, 11, 23, 10, 15, 30);
            for (int n = 0; n < rowsPerWorkbook.size(); n++) {
                Path file = dir.resolve("floor-" + n + ".xlsx");
                write(file, rowsPerWorkbook.get(n), time);
                Files.delete(file);
                rows += rowsPerWorkbook.get(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("POI floor: cannot write into " + dir + ": " + e.getMessage(), e);
        }
        return new Result((System.nanoTime() - start) / 1_000_000, rowsPerWorkbook.size(), rows);
    }

    private static void write(Path file, int rows, LocalDateTime time) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(false);
        try (OutputStream out = Files.newOutputStream(file)) {
            DataFormat formats = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle money = style(wb, formats.getFormat("#,##0.00"));
            CellStyle text = style(wb, formats.getFormat("@"));
            CellStyle dateTime = style(wb, formats.getFormat("yyyy-mm-dd hh:mm:ss"));

            Sheet summary = wb.createSheet("summary");
            widths(summary, 2, 24);
            headerRow(summary, 2, header);
            for (int r = 1; r <= 16; r++) {
                Row row = summary.createRow(r);
                cell(row, 0, text).setCellValue("item " + r);
                cell(row, 1, money).setCellValue(Yuan.toYuan(r * 123_456L).doubleValue());
            }
            Sheet txns = wb.createSheet("transactions");
            widths(txns, COLUMNS, 14);
            headerRow(txns, COLUMNS, header);
            for (int r = 1; r <= rows; r++) {
                Row row = txns.createRow(r);
                cell(row, 0, dateTime).setCellValue(time);
                for (int c = 1; c < 8; c++) {
                    cell(row, c, text).setCellValue("T" + c + "-" + r);
                }
                // like the job: exact fen → BigDecimal yuan → the double a spreadsheet number is
                cell(row, 8, money).setCellValue(Yuan.toYuan(r * 1025L).doubleValue());
                cell(row, 9, money).setCellValue(Yuan.toYuan(6).doubleValue());
                cell(row, 10, money).setCellValue(Yuan.toYuan(r * 1019L).doubleValue());
                cell(row, 11, text).setCellValue("MATCHED");
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static CellStyle style(SXSSFWorkbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        return s;
    }

    private static void widths(Sheet sheet, int columns, int chars) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    private static void headerRow(Sheet sheet, int columns, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            cell(row, c, style).setCellValue("column " + c);
        }
        sheet.createFreezePane(0, 1);
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}
