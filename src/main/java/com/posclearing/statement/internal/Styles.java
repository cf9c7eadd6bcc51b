package com.posclearing.statement.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once and shared by every cell: a workbook holds at most 64,000
 * styles and creating one per cell is the classic POI slowdown.
 */
public record Styles(CellStyle header, CellStyle text, CellStyle money, CellStyle count, CellStyle date,
                     CellStyle dateTime) {

    public static final String MONEY_FORMAT = "#,##0.00";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    public static Styles create(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return new Styles(header, formatted(wb, formats, "@"), formatted(wb, formats, MONEY_FORMAT),
                formatted(wb, formats, "0"), formatted(wb, formats, DATE_FORMAT),
                formatted(wb, formats, DATE_TIME_FORMAT));
    }

    private static CellStyle formatted(Workbook wb, DataFormat formats, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
