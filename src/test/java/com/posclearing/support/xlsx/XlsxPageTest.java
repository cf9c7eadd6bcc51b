package com.posclearing.support.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What a printed sheet needs in its XML: title block, page setup, autofilter, print titles, totals row, widths. */
class XlsxPageTest {
    private static final TitleBlock TITLE = new TitleBlock("R&D Acquirer", "M1 Shop", "Date 2026-11-23", "Page &P of &N");

    private static Map<String, String> workbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook wb = new XlsxTemplate(List.of("Summary", "It's items"), 1).open(bytes, TITLE)) {
            wb.sheet(Layout.FORM, List.of(Column.of("Item", 10), Column.of("Value", 10))).row().text("Net").money(123);
            SheetWriter t = wb.sheet(Layout.TABLE, List.of(Column.of("Type", 4), Column.of("交易类型", 4),
                    Column.of("Amount", 12)));
            t.row().text("SALE").text("消费").money(12_500);
            t.row().text("REFUND").text("退货").money(-3_000);
            t.totalsRow().text("Total").blank().money(9_500);
            wb.finish();
        }
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void aTableFitsTheWidthOfLandscapeA4WithItsHeaderOnEveryPageAndAnAutofilterAboveItsTotals() throws IOException {
        String table = workbook().get("xl/worksheets/sheet2.xml");
        assertThat(table).contains("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews>");
        assertThat(table).contains("<pane ySplit=\"4\" topLeftCell=\"A5\" activePane=\"bottomLeft\" state=\"frozen\"/>");
        assertThat(table).endsWith("</sheetData><autoFilter ref=\"A4:C6\"/><pageMargins left=\"0.5\" right=\"0.5\""
                + " top=\"0.6\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><pageSetup orientation=\"landscape\""
                + " paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter><oddFooter>&amp;LDate 2026-11-23"
                + "&amp;CPage &amp;P of &amp;N&amp;RR&amp;&amp;D Acquirer</oddFooter></headerFooter></worksheet>");
        // the title block: the heading bold 14 pt, subject and period, a blank row, then the header
        assertThat(table).contains("<row r=\"1\"><c r=\"A1\" s=\"7\" t=\"inlineStr\"><is><t>R&amp;D Acquirer</t></is></c></row>\n"
                + "<row r=\"2\"><c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t>M1 Shop    Date 2026-11-23</t></is></c></row>\n"
                + "<row r=\"4\"><c r=\"A4\" s=\"1\"");
        // the totals: bold text and bold money, exact from the fen
        assertThat(table).contains("<row r=\"7\"><c r=\"A7\" s=\"8\" t=\"inlineStr\"><is><t>Total</t></is></c>"
                + "<c r=\"C7\" s=\"9\"><v>95.00</v></c></row>\n</sheetData>");
    }

    @Test
    void theWorkbookNamesEachTablesFilterRangeAndPrintTitlesAfterItsRows() throws IOException {
        Map<String, String> parts = workbook();
        assertThat(parts.keySet()).last().isEqualTo("xl/workbook.xml");
        assertThat(parts.get("xl/workbook.xml")).endsWith("</sheets><definedNames>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">'It''s items'!$A$4:$C$6</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'It''s items'!$4:$4</definedName>"
                + "</definedNames></workbook>");
    }

    @Test
    void aFormPrintsPortraitWithoutAFilter() throws IOException {
        String form = workbook().get("xl/worksheets/sheet1.xml");
        assertThat(form).endsWith("</sheetData><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.75\""
                + " header=\"0.3\" footer=\"0.3\"/><pageSetup orientation=\"portrait\" paperSize=\"9\" fitToWidth=\"1\""
                + " fitToHeight=\"0\"/><headerFooter><oddFooter>&amp;LDate 2026-11-23&amp;CPage &amp;P of &amp;N"
                + "&amp;RR&amp;&amp;D Acquirer</oddFooter></headerFooter></worksheet>");
        assertThat(form).doesNotContain("autoFilter");
    }

    @Test
    void columnsAreWideEnoughForTheirLabelsCjkCountingDouble() throws IOException {
        assertThat(Column.textWidth("Amount")).isEqualTo(6);
        assertThat(Column.textWidth("交易类型")).isEqualTo(8);
        assertThat(Column.textWidth("Ａ１")).isEqualTo(4); // full-width forms
        // a table's label and its filter button (3): Type 4 + 3, 交易类型 8 + 3; a wider column stays
        assertThat(workbook().get("xl/worksheets/sheet2.xml")).contains("<cols><col min=\"1\" max=\"1\" width=\"7\""
                + " customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"11\" customWidth=\"1\"/><col min=\"3\" max=\"3\""
                + " width=\"12\" customWidth=\"1\"/></cols>");
    }

    @Test
    void aFooterPastExcelsLimitIsRefused() {
        assertThatThrownBy(() -> new TitleBlock("A".repeat(250), "s", "p", "&P")).isInstanceOf(XlsxLimitException.class)
                .hasMessageStartingWith("a page footer holds at most 255 characters");
    }
}
