package com.posclearing.statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads generated workbooks back with plain XSSF, as a merchant's or operator's spreadsheet would. */
public final class XlsxAssert {
    /** The index of a sheet's header row, under the title block (acquirer; subject and period; a blank row). */
    public static final int HEADER = 3;

    private XlsxAssert() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static List<String> rowText(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        DataFormatter f = new DataFormatter(java.util.Locale.US);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : f.formatCellValue(c));
        }
        return out;
    }

    public static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }
}
