package com.posclearing.statement;

import static com.posclearing.statement.Fixtures.*;
import static com.posclearing.statement.XlsxAssert.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationReportWriterTest {
    @TempDir
    Path out;

    private static ReconciliationReport report() {
        return new ReconciliationReport(SummaryWriterTest.sample(), BreaksCsvWriterTest.breaks(), List.of(pending()),
                List.of(new OutOfBalanceBatch("POSP_20261123_N01_001.csv", MERCHANT, TERMINAL, "000003", 5, 50000, 1,
                        1000, 4, 40000, 1, 1000)),
                List.of(MerchantMargin.of(MERCHANT, "=evil()", 3, 165, 120)));
    }

    @Test
    void writesTheSixOperatorSheetsWithExactCells() throws Exception {
        Path file = new ReconciliationReportWriter(Language.CHINESE).write(new OutputPaths(out, DATE), report());
        assertThat(file).isEqualTo(out.resolve("20261123/reports/reconciliation_20261123.xlsx"));
        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("对账结果汇总", "差错明细", "待对账", "批次不平", "文件控制总数", "收益");

            XSSFSheet outcomes = wb.getSheetAt(0);
            assertThat(rowText(outcomes, 0)).containsExactly("来源", "对账结果", "笔数", "金额");
            assertThat(rowText(outcomes, 1)).containsExactly("终端", "已对平", "1190", "960,000.00");
            assertThat(rowText(outcomes, 3)).containsExactly("终端", "已撤销", "48", "19,654.00");
            assertThat(rowText(outcomes, 5)).containsExactly("银行", "平台漏单", "50", "2,500.00");
            assertThat(rowText(outcomes, 7)).containsExactly("项目", "内容");
            assertThat(rowText(outcomes, 8)).containsExactly("消费金额", "960,000.00");
            assertThat(rowText(outcomes, 12)).containsExactly("划款笔数", "118");
            assertThat(rowText(outcomes, 13)).containsExactly("本期划款", "950,000.00");
            assertThat(rowText(outcomes, 18)).containsExactly("消费 − 退货", "960,000.00");
            assertThat(rowText(outcomes, 19)).containsExactly("手续费 + 划款 + 余额变动 − 调账", "960,000.00");
            assertThat(rowText(outcomes, 20)).containsExactly("平衡", "是");
            assertThat(outcomes.getLastRowNum()).isEqualTo(20);

            XSSFSheet breaks = wb.getSheetAt(1);
            assertThat(breaks.getLastRowNum()).isEqualTo(3);
            assertThat(rowText(breaks, 1)).containsExactly("终端", "金额不符", "terminal 12.50 yuan, bank 12.05 yuan",
                    "898310048160001", "10000001", "000123", "RRN000000123", "2026-11-23 09:00:05", "622202******1234",
                    "12.50", "12.05", "POSP_20261123_N01_001.csv", "7");
            Cell missingTerminalAmount = breaks.getRow(2).getCell(9);
            assertThat(missingTerminalAmount).isNull();
            assertThat(breaks.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(8.8);
            assertThat(breaks.getRow(3).getCell(2).getStringCellValue()).isEqualTo("'-unknown terminal, \"X\"");
            assertThat(breaks.getRow(3).getCell(3).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(breaks.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(breaks.getColumnWidth(2)).isEqualTo(40 * 256);

            assertThat(rowText(wb.getSheetAt(2), 1)).containsExactly("898310048160001", "2026-11-22", "2026-11-22 23:59:01",
                    "10000001", "000002", "000777", "RRN000000777", "622202******1234", "境外卡", "消费", "42.00");
            assertThat(rowText(wb.getSheetAt(3), 1)).containsExactly("POSP_20261123_N01_001.csv", "898310048160001",
                    "10000001", "000003", "5", "500.00", "1", "10.00", "4", "400.00", "1", "10.00");
            assertThat(rowText(wb.getSheetAt(4), 2)).containsExactly("IND26112332ACOMA", "cups-acoma", "LOADED", "1240",
                    "962,500.00", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");

            XSSFSheet margin = wb.getSheetAt(5);
            assertThat(rowText(margin, 0)).containsExactly("商户号", "商户名称", "笔数", "手续费", "收单成本", "收益");
            assertThat(rowText(margin, 1)).containsExactly("898310048160001", "'=evil()", "3", "1.65", "1.20", "0.45");
            Cell marginCell = margin.getRow(1).getCell(5);
            assertThat(marginCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(marginCell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void englishHeadersByConfiguration() throws Exception {
        Path file = new ReconciliationReportWriter(Language.ENGLISH).write(new OutputPaths(out, DATE), report());
        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("Outcome summary", "Breaks", "Pending items",
                    "Out-of-balance batches", "File control totals", "Margin");
            assertThat(rowText(wb.getSheetAt(0), 1)).containsExactly("TERMINAL", "MATCHED", "1190", "960,000.00");
            assertThat(rowText(wb.getSheetAt(5), 0)).containsExactly("Merchant ID", "Merchant name", "Count", "Fees",
                    "Acquirer cost", "Margin");
        }
    }
}
