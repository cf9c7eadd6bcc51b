package com.posclearing.statement;

import static com.posclearing.statement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement workbook as files: every part of a small statement against the golden files in
 * {@code src/test/resources/golden/statement-xlsx/} ({@code -Dgolden.update=true} rewrites them after an intended
 * change), reproducible bytes, escaping and the formula guard in the XML, and the values as openpyxl reads them.
 */
class StatementXlsxTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/statement-xlsx");

    @TempDir
    Path out;

    private Path write(Path root, String merchantName) throws IOException {
        return new StatementWriter(Language.CHINESE, ACQUIRER).write(new OutputPaths(root, DATE), header(merchantName),
                List.of(sale(1, 12500, 69), refund(2, 3000, 17)), List.of(pending())).xlsx();
    }

    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void everyPartIsTheGoldenOne() throws IOException {
        Map<String, String> parts = parts(write(out, "测试商户"));
        // the workbook part last: its defined names hold the autofilter ranges, known after the rows
        assertThat(parts.keySet()).containsExactly("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                "docProps/app.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/workbook.xml");
        for (Map.Entry<String, String> part : parts.entrySet()) {
            Path golden = GOLDEN.resolve(part.getKey());
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, part.getValue());
            }
            assertThat(part.getValue()).as(part.getKey()).isEqualTo(Files.readString(golden));
        }
    }

    @Test
    void theSameStatementGivesTheSameBytes() throws IOException {
        assertThat(Files.readAllBytes(write(out.resolve("a"), "测试商户")))
                .isEqualTo(Files.readAllBytes(write(out.resolve("b"), "测试商户")));
    }

    @Test
    void formulaLookingTextIsGuardedAndMarkupIsEscaped() throws IOException {
        Path xlsx = write(out, "=HYPERLINK(\"http://x\",\"<b>&pay\")");
        String summary = parts(xlsx).get("xl/worksheets/sheet1.xml");
        assertThat(summary).contains("<c r=\"B6\" s=\"2\" t=\"inlineStr\"><is><t>'=HYPERLINK(&quot;http://x&quot;,"
                + "&quot;&lt;b&gt;&amp;pay&quot;)</t></is></c>");
        assertThat(summary).doesNotContain("<f>");
        try (XSSFWorkbook wb = XlsxAssert.open(xlsx)) {
            Cell name = wb.getSheetAt(0).getRow(XlsxAssert.HEADER + 2).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"<b>&pay\")");
        }
    }

    @Test
    void controlCharactersSurviveOrBecomeQuestionMarks() throws IOException {
        Path xlsx = write(out, "\tA\r\nB\u0001 ");
        assertThat(parts(xlsx).get("xl/worksheets/sheet1.xml"))
                .contains("<t xml:space=\"preserve\">'&#9;A&#13;&#10;B? </t>");
        try (XSSFWorkbook wb = XlsxAssert.open(xlsx)) {
            assertThat(wb.getSheetAt(0).getRow(XlsxAssert.HEADER + 2).getCell(1).getStringCellValue()).isEqualTo("'\tA\r\nB? ");
        }
    }

    @Test
    void timesAreTheSerialNumbersPoiComputes() throws IOException {
        List<LocalDateTime> times = List.of(LocalDateTime.of(2026, 11, 23, 0, 0, 1), LocalDateTime.of(2026, 11, 23, 10, 15, 31),
                LocalDateTime.of(2026, 12, 31, 23, 59, 59), LocalDateTime.of(2027, 3, 1, 12, 0));
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            StatementLine s = sale(i + 1, 100, 1);
            lines.add(new StatementLine(times.get(i), s.terminalId(), s.batchNo(), s.stan(), s.rrn(), s.cardNo(), s.cardKind(),
                    s.txnType(), s.amountFen(), s.feeFen(), s.netFen(), s.outcome()));
        }
        Path xlsx = new StatementWriter(Language.ENGLISH, ACQUIRER).write(new OutputPaths(out, DATE), header("x"), lines, List.of()).xlsx();
        try (XSSFWorkbook wb = XlsxAssert.open(xlsx)) {
            for (int i = 0; i < times.size(); i++) {
                Cell cell = wb.getSheetAt(1).getRow(XlsxAssert.HEADER + 1 + i).getCell(0);
                assertThat(cell.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(times.get(i)));
                assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(times.get(i));
            }
        }
    }

    @Test
    void openpyxlReadsTheSameValuesTypesAndFormats() throws IOException, InterruptedException {
        assumeTrue(openpyxlAvailable(), "/usr/bin/python3 with openpyxl (apt-get install python3-openpyxl)");
        Path xlsx = write(out, "测试商户");
        String script = String.join("\n", "import openpyxl, sys",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "for ws in wb.worksheets:",
                "    print(ws.title, ws.freeze_panes, [ws.column_dimensions[c].width for c in 'ABCD'], ws.auto_filter.ref,",
                "          ws.print_title_rows, ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth,",
                "          ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage, ws.oddFooter.center.text)",
                "    for row in ws.iter_rows(min_row=5, max_row=min(ws.max_row, 6)):",
                "        print([(type(c.value).__name__, str(c.value), c.number_format) for c in row if c.value is not None])");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output.lines().toList()).containsExactly(
                "汇总 A5 [18.0, 30.0, 16.0, 14.0] None None portrait 9 1 0 True 第 &P 页，共 &N 页",
                "[('str', '商户号', '@'), ('str', '898310048160001', '@')]",
                "[('str', '商户名称', '@'), ('str', '测试商户', '@')]",
                "交易明细 A5 [20.0, 10.0, 9.0, 9.0] A4:L6 $4:$4 landscape 9 1 0 True 第 &P 页，共 &N 页",
                "[('datetime', '2026-11-23 10:15:31', 'yyyy-mm-dd hh:mm:ss'), ('str', '10000001', '@'), ('str', '000001', '@'),"
                        + " ('str', '000001', '@'), ('str', 'RRN000000001', '@'), ('str', '622202******1234', '@'),"
                        + " ('str', '借记卡', '@'), ('str', '消费', '@'), ('float', '125.0', '#,##0.00'),"
                        + " ('float', '0.69', '#,##0.00'), ('float', '124.31', '#,##0.00'), ('str', '已对平', '@')]",
                "[('datetime', '2026-11-23 18:00:00', 'yyyy-mm-dd hh:mm:ss'), ('str', '10000001', '@'), ('str', '000001', '@'),"
                        + " ('str', '000002', '@'), ('str', 'RRN000000002', '@'), ('str', '622202******1234', '@'),"
                        + " ('str', '贷记卡', '@'), ('str', '退货', '@'), ('float', '-30.0', '#,##0.00'),"
                        + " ('float', '-0.17', '#,##0.00'), ('float', '-29.83', '#,##0.00'), ('str', '延迟对平', '@')]",
                "待对账 A5 [13.0, 20.0, 10.0, 9.0] A4:J5 $4:$4 landscape 9 1 0 True 第 &P 页，共 &N 页",
                "[('datetime', '2026-11-22 00:00:00', 'yyyy-mm-dd'), ('datetime', '2026-11-22 23:59:01', 'yyyy-mm-dd hh:mm:ss'),"
                        + " ('str', '10000001', '@'), ('str', '000002', '@'), ('str', '000777', '@'), ('str', 'RRN000000777', '@'),"
                        + " ('str', '622202******1234', '@'), ('str', '境外卡', '@'), ('str', '消费', '@'), ('float', '42.0', '#,##0.00')]",
                "[('str', '合计', '@'), ('float', '42.0', '#,##0.00')]");
    }

    private static boolean openpyxlAvailable() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import openpyxl").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
