package com.posclearing.support.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Excel's limits as the streamed writer keeps them: names, columns, continuation names; POI reads what it wrote. */
class XlsxLimitsTest {
    @Test
    void continuedNamesStayWithin31Characters() {
        assertThat(XlsxLimits.continuedNames("交易明细", 3)).containsExactly("交易明细", "交易明细 (2)", "交易明细 (3)");
        String longest = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE";
        assertThat(XlsxLimits.continuedNames(longest, 2)).element(1).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZA (2)");
        assertThat(XlsxLimits.continuedNames(longest, 12)).element(11).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ (12)");
    }

    @Test
    void sheetsForCountsDataRowsUnderATitleBlockAndAHeaderEach() {
        assertThat(XlsxLimits.sheetsFor(0, 6)).isEqualTo(1);
        assertThat(XlsxLimits.sheetsFor(2, 6)).isEqualTo(1);
        assertThat(XlsxLimits.sheetsFor(3, 6)).isEqualTo(2);
        assertThat(XlsxLimits.sheetsFor(1_048_572, XlsxLimits.MAX_ROWS)).isEqualTo(1);
        assertThat(XlsxLimits.sheetsFor(1_048_573, XlsxLimits.MAX_ROWS)).isEqualTo(2);
    }

    @Test
    void sheetNamesExcelRefusesAreRefused() {
        assertThatThrownBy(() -> new XlsxTemplate(List.of("a".repeat(32)), 1)).isInstanceOf(XlsxLimitException.class)
                .hasMessage("a sheet name has 1 to 31 characters: '" + "a".repeat(32) + "'");
        assertThatThrownBy(() -> new XlsxTemplate(List.of("2026/12/31"), 1))
                .hasMessage("a sheet name may not contain :\\/?*[]: '2026/12/31'");
        assertThatThrownBy(() -> new XlsxTemplate(List.of("'quoted'"), 1))
                .hasMessage("a sheet name may not begin or end with an apostrophe: ''quoted''");
        assertThatThrownBy(() -> new XlsxTemplate(List.of("Sheet", "SHEET"), 1))
                .hasMessage("two sheets named 'SHEET' (Excel ignores case)");
    }

    @Test
    void columnsUpToXfdAndNoFurther() throws IOException {
        assertThat(SheetWriter.columnName(0)).isEqualTo("A");
        assertThat(SheetWriter.columnName(25)).isEqualTo("Z");
        assertThat(SheetWriter.columnName(26)).isEqualTo("AA");
        assertThat(SheetWriter.columnName(701)).isEqualTo("ZZ");
        assertThat(SheetWriter.columnName(XlsxLimits.MAX_COLUMNS - 1)).isEqualTo("XFD");

        XlsxTemplate template = new XlsxTemplate(List.of("Wide"), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook wb = template.open(bytes, new TitleBlock("Acquirer", "subject", "period", "&P"))) {
            SheetWriter s = wb.sheet(Layout.TABLE, List.of(Column.of("n", 8))).row();
            for (int c = 0; c < XlsxLimits.MAX_COLUMNS; c++) {
                s.count(c);
            }
            assertThatThrownBy(() -> s.count(0)).isInstanceOf(XlsxLimitException.class)
                    .hasMessage("sheet 'Wide' row 5: a sheet has at most 16384 columns");
            wb.finish();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("Wide");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("n");
            assertThat(sheet.getRow(4).getLastCellNum()).isEqualTo((short) XlsxLimits.MAX_COLUMNS);
            assertThat(sheet.getRow(4).getCell(XlsxLimits.MAX_COLUMNS - 1).getNumericCellValue()).isEqualTo(16_383.0);
            assertThat(sheet.getRow(4).getCell(701).getReference()).isEqualTo("ZZ5");
        }
    }
}
