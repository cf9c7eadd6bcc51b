package com.posclearing.statement;

import static com.posclearing.statement.Fixtures.*;
import static com.posclearing.statement.XlsxAssert.HEADER;
import static com.posclearing.statement.XlsxAssert.open;
import static com.posclearing.statement.XlsxAssert.rowText;
import static com.posclearing.statement.XlsxAssert.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.Rrn;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.xlsx.XlsxLimitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel's limits on a statement, with a sheet of 25 rows standing in for 1,048,576 (the summary takes 21): rows beyond a sheet continue in
 * {@code 交易明细 (2)}…, each under its header, and POI opens the file with every value where it belongs; what
 * cannot be split is refused naming the merchant, the file and the limit, and nothing is left at the final name.
 */
class StatementSplitTest {
    private static final int ROWS = 25;

    @TempDir
    Path out;

    private final StatementWriter writer = new StatementWriter(Language.CHINESE, ACQUIRER, ROWS);

    @Test
    void transactionsAndPendingItemsContinueInNumberedSheets() throws IOException {
        List<StatementLine> lines = IntStream.rangeClosed(1, 50).mapToObj(i -> sale(i, 100 * i, i)).toList();
        List<AdjustmentLine> adjustments = List.of(new AdjustmentLine(LocalDate.of(2026, 11, 20), TERMINAL,
                Rrn.of("RRN000000099"), 5000, 30, 4970, "MATCHED_MANUAL"));
        List<PendingItem> pending = IntStream.range(0, 30).mapToObj(i -> pending()).toList();
        StatementFiles files = writer.write(new OutputPaths(out, DATE), header("x"), lines, adjustments, pending);

        assertThat(files.lineCount()).isEqualTo(51);
        assertThat(files.pendingCount()).isEqualTo(30);
        try (XSSFWorkbook wb = open(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "交易明细", "交易明细 (2)", "交易明细 (3)", "待对账", "待对账 (2)");
            List<String> header = List.of("交易时间", "终端号", "批次号", "流水号", "参考号", "卡号", "卡类型", "交易类型",
                    "金额", "手续费", "净额", "对账结果");
            int sale = 1;
            for (int s = 1; s <= 3; s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertThat(rowText(sheet, HEADER)).isEqualTo(header);
                // 21 rows a sheet under the title block and header; the last: 8 sales, the adjustment, the totals
                assertThat(sheet.getLastRowNum()).isEqualTo(s < 3 ? ROWS - 1 : HEADER + 10);
                for (int r = HEADER + 1; r <= sheet.getLastRowNum() && sale <= 50; r++, sale++) {
                    assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo(String.format("RRN%09d", sale));
                    assertThat(sheet.getRow(r).getCell(8).getNumericCellValue()).isEqualTo(sale * 1.0);
                    assertThat(sheet.getRow(r).getCell(10).getNumericCellValue()).isEqualTo((100 * sale - sale) / 100.0);
                }
            }
            assertThat(rowText(wb.getSheetAt(3), HEADER + 9)).containsExactly("2026-11-20", "10000001", "", "", "RRN000000099",
                    "", "", "调账", "50.00", "0.30", "49.70", "人工对平");
            // the totals of all three sheets: 1,275.00 of sales and 50.00 adjusted, fees 12.75 + 0.30
            assertThat(rowText(wb.getSheetAt(3), HEADER + 10)).containsExactly("合计", "", "", "", "", "", "", "", "1,325.00",
                    "13.05", "1,311.95");
            assertThat(wb.getSheetAt(4).getLastRowNum()).isEqualTo(ROWS - 1);
            assertThat(wb.getSheetAt(5).getLastRowNum()).isEqualTo(HEADER + 10);
            assertThat(rowText(wb.getSheetAt(5), HEADER + 9)).containsExactly("2026-11-22", "2026-11-22 23:59:01", "10000001",
                    "000002", "000777", "RRN000000777", "622202******1234", "境外卡", "消费", "42.00");
            assertThat(rowText(wb.getSheetAt(5), HEADER + 10)).containsExactly("合计", "", "", "", "", "", "", "", "",
                    "1,260.00");
        }
        assertThat(Files.readAllLines(files.csv())).hasSize(52);
    }

    @Test
    void aStatementThatFitsKeepsItsThreeSheets() throws IOException {
        // every row but the title block's three, the header and the totals
        List<StatementLine> lines = IntStream.rangeClosed(1, ROWS - 5).mapToObj(i -> sale(i, 100, 1)).toList();
        StatementFiles files = writer.write(new OutputPaths(out, DATE), header("x"), lines, List.of(pending()));
        try (XSSFWorkbook wb = open(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "交易明细", "待对账");
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(ROWS - 1);
        }
    }

    @Test
    void linesStreamedWithoutACountAreRefusedAtTheLimit() throws IOException {
        OutputPaths paths = new OutputPaths(out, DATE);
        assertThatThrownBy(() -> writer.write(paths, header("x"),
                IntStream.rangeClosed(1, ROWS).mapToObj(i -> sale(i, 100, 1)).iterator(), List.<PendingItem>of().iterator()))
                .isInstanceOf(XlsxLimitException.class)
                .hasMessage("statement of 898310048160001 (898310048160001.xlsx): sheet '交易明细' is full: a sheet has at"
                        + " most 25 rows");
        try (var left = Files.list(paths.statementXlsx(MERCHANT).getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCellBeyondExcelsLengthIsRefused() {
        OutputPaths paths = new OutputPaths(out, DATE);
        assertThatThrownBy(() -> writer.write(paths, header("名".repeat(32_768)), List.of(sale(1, 100, 1)), List.of()))
                .isInstanceOf(XlsxLimitException.class)
                .hasMessage("statement of 898310048160001 (898310048160001.xlsx): sheet '汇总' row 2 column A: 32803"
                        + " characters; a cell holds at most 32767"); // the title block's: id, name and date
    }
}
