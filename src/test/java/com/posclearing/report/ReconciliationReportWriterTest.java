package com.posclearing.report;

import static com.posclearing.statement.Fixtures.*;
import static com.posclearing.statement.XlsxAssert.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.agents.AgentTotal;
import com.posclearing.agents.ShareInvariant;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationReportWriterTest {
    @TempDir
    Path out;

    private static final List<DailyOutcomes> TREND = List.of(
            new DailyOutcomes(BusinessDate.of(2026, 11, 20), Map.of("AMOUNT_MISMATCH", 2L, "REJECTED", 1L), 95, 100),
            new DailyOutcomes(BusinessDate.of(2026, 11, 23), Map.of("MISSING_AT_TERMINAL", 50L, "DUPLICATE", 3L), 1190, 1193));

    private static ReconciliationReport report(List<BreakAgeLine> ages, List<ResolutionLine> resolutions) {
        return report(ages, resolutions, List.of());
    }

    private static ReconciliationReport report(List<BreakAgeLine> ages, List<ResolutionLine> resolutions,
            List<BreakEventLine> events) {
        return new ReconciliationReport(SummaryWriterTest.sample(), BreaksCsvWriterTest.breaks(), List.of(pending()),
                List.of(new OutOfBalanceBatch("POSP_20261123_N01_001.csv", MERCHANT, TERMINAL, "000003", 5, 50000, 1,
                        1000, 4, 40000, 1, 1000)),
                List.of(MerchantMargin.of(MERCHANT, "=evil()", 3, 165, 120)), TREND, ages, resolutions, events, 3,
                List.of(new AgentTotal("AG-GZ", -291, 0, 1, -350), new AgentTotal("AG-SH", -205, -300, 0, 0)),
                Optional.of(new ShareInvariant(1571, 216, 1355, 1986)));
    }

    private static ReconciliationReport full() {
        return report(List.of(new BreakAgeLine("OPEN", "0-3", 2, 1250, false), new BreakAgeLine("PROPOSED", "4+", 1, 88000, true)),
                List.of(new ResolutionLine("B20261123000001", "WRITE_OFF", "alice", "bob", LocalDateTime.of(2026, 11, 23, 16, 5),
                        "=bank rounding", 1250, -45), new ResolutionLine("B20261122000007", "BANK_WINS", "alice", "carol",
                        LocalDateTime.of(2026, 11, 23, 17, 0), "bank overpaid", 300, 300)),
                List.of(new BreakEventLine("B20261123000001", LocalDateTime.of(2026, 11, 23, 15, 0), "alice", "OPEN", "PROPOSED",
                        "WRITE_OFF", "=bank rounding"), new BreakEventLine("B20261123000001", LocalDateTime.of(2026, 11, 23, 16, 5),
                        "bob", "PROPOSED", "APPROVED", "WRITE_OFF", "approved"), new BreakEventLine("B20261122000009",
                        LocalDateTime.of(2026, 11, 23, 1, 0), "settlement of 2026-11-22", "APPROVED", "APPLIED", "TERMINAL_WINS",
                        "applied on 2026-11-22")));
    }

    @Test
    void writesEverySheetWithExactCellsInChinese() throws Exception {
        Path file = new ReconciliationReportWriter(Language.CHINESE).write(new OutputPaths(out, DATE), full());
        assertThat(file).isEqualTo(out.resolve("20261123/reports/reconciliation_20261123.xlsx"));
        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("图表", "对账结果汇总", "差错明细", "差错账龄", "当日差错处理", "待对账", "批次不平",
                    "文件控制总数", "收益", "代理商分润");

            XSSFSheet outcomes = wb.getSheetAt(1);
            assertThat(rowText(outcomes, 0)).containsExactly("来源", "对账结果", "笔数", "金额");
            assertThat(rowText(outcomes, 1)).containsExactly("终端", "已对平", "1190", "960,000.00");
            assertThat(rowText(outcomes, 3)).containsExactly("终端", "已撤销", "48", "19,654.00");
            assertThat(rowText(outcomes, 5)).containsExactly("银行", "平台漏单", "50", "2,500.00");
            assertThat(rowText(outcomes, 7)).containsExactly("项目", "内容");
            assertThat(rowText(outcomes, 8)).containsExactly("消费金额", "960,000.00");
            assertThat(rowText(outcomes, 13)).containsExactly("本期划款", "950,000.00");
            assertThat(rowText(outcomes, 20)).containsExactly("平衡", "是");
            assertThat(outcomes.getLastRowNum()).isEqualTo(20);

            XSSFSheet breaks = wb.getSheetAt(2);
            assertThat(breaks.getLastRowNum()).isEqualTo(5);
            assertThat(rowText(breaks, 0)).containsExactly("来源", "对账结果", "原因", "商户号", "终端号", "流水号", "参考号", "交易时间",
                    "卡号", "终端金额", "银行金额", "文件", "行号");
            assertThat(rowText(breaks, 1)).containsExactly("终端", "金额不符",
                    "金额不符：终端 10000001 参考号 RRN000000123 流水号 000123，终端金额 12.50 元，银行金额 12.05 元",
                    "898310048160001", "10000001", "000123", "RRN000000123", "2026-11-23 09:00:05", "622202******1234",
                    "12.50", "12.05", "POSP_20261123_N01_001.csv", "7");
            assertThat(text(breaks, 2, 2)).isEqualTo(
                    "商户号不符：终端 10000001 参考号 123456789012 流水号 000124，商户号：终端 898310048160001，银行 898310048160002");
            assertThat(text(breaks, 3, 2)).isEqualTo("无终端交易或挂账项：终端 20000002 参考号 RRN000000456 流水号 000456");
            assertThat(text(breaks, 4, 2)).isEqualTo("对应的终端交易已拒绝：终端 10000009 参考号 123456789099 流水号 000322，"
                    + "对应 终端 10000009 参考号 123456789099 流水号 000321");
            assertThat(text(breaks, 5, 2)).isEqualTo("无法读取的行：amount: not a number \"X\"");
            assertThat(breaks.getRow(3).getCell(9)).isNull();
            Cell bankAmount = breaks.getRow(3).getCell(10);
            assertThat(bankAmount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(bankAmount.getNumericCellValue()).isEqualTo(8.8);
            assertThat(bankAmount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(text(breaks, 5, 3)).isEqualTo("'=1+1");
            assertThat(breaks.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(breaks.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M6");

            XSSFSheet ages = wb.getSheetAt(3);
            assertThat(rowText(ages, 0)).containsExactly("处理状态", "账龄（天）", "笔数", "金额", "超期");
            assertThat(rowText(ages, 1)).containsExactly("未处理", "0-3", "2", "12.50", "否");
            assertThat(rowText(ages, 2)).containsExactly("待复核", "4+", "1", "880.00", "是");
            assertThat(wb.getFontAt(ages.getRow(2).getCell(4).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(rowText(ages, 4)).containsExactly("超期标记（天）", "3");

            XSSFSheet resolutions = wb.getSheetAt(4);
            assertThat(rowText(resolutions, 0)).containsExactly("差错编号", "处理方式", "经办人", "复核人", "复核时间", "原因", "金额",
                    "核销损益");
            assertThat(rowText(resolutions, 1)).containsExactly("B20261123000001", "核销", "alice", "bob", "2026-11-23 16:05:00",
                    "'=bank rounding", "12.50", "-0.45");
            assertThat(rowText(resolutions, 2)).containsExactly("B20261122000007", "以银行为准", "alice", "carol",
                    "2026-11-23 17:00:00", "bank overpaid", "3.00", "3.00");
            assertThat(rowText(resolutions, 4)).containsExactly("核销收益合计", "3.00");
            assertThat(rowText(resolutions, 5)).containsExactly("核销损失合计", "-0.45");
            assertThat(rowText(resolutions, 7)).containsExactly("当日差错状态变更");
            assertThat(rowText(resolutions, 8)).containsExactly("差错编号", "时间", "操作人", "原状态", "新状态", "处理方式", "原因");
            assertThat(rowText(resolutions, 9)).containsExactly("B20261123000001", "2026-11-23 15:00:00", "alice", "未处理", "待复核",
                    "核销", "'=bank rounding");
            assertThat(rowText(resolutions, 10)).containsExactly("B20261123000001", "2026-11-23 16:05:00", "bob", "待复核", "已复核",
                    "核销", "approved");
            assertThat(rowText(resolutions, 11)).containsExactly("B20261122000009", "2026-11-23 01:00:00",
                    "settlement of 2026-11-22", "已复核", "已入账", "以终端为准", "applied on 2026-11-22");
            assertThat(resolutions.getLastRowNum()).isEqualTo(11);

            assertThat(rowText(wb.getSheetAt(5), 1)).containsExactly("898310048160001", "2026-11-22", "2026-11-22 23:59:01",
                    "10000001", "000002", "000777", "RRN000000777", "622202******1234", "境外卡", "消费", "42.00");
            assertThat(rowText(wb.getSheetAt(6), 1)).containsExactly("POSP_20261123_N01_001.csv", "898310048160001",
                    "10000001", "000003", "5", "500.00", "1", "10.00", "4", "400.00", "1", "10.00");
            assertThat(rowText(wb.getSheetAt(7), 2)).containsExactly("IND26112332ACOMA", "cups-acoma", "LOADED", "1240",
                    "962,500.00", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
            XSSFSheet margin = wb.getSheetAt(8);
            assertThat(rowText(margin, 0)).containsExactly("商户号", "商户名称", "笔数", "手续费", "收单成本", "收益");
            assertThat(rowText(margin, 1)).containsExactly("898310048160001", "'=evil()", "3", "1.65", "1.20", "0.45");
            assertThat(margin.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            XSSFSheet agents = wb.getSheetAt(9);
            assertThat(rowText(agents, 0)).containsExactly("代理商编号", "分润", "退货扣回", "倒挂笔数", "倒挂金额");
            assertThat(rowText(agents, 1)).containsExactly("AG-GZ", "-2.91", "0.00", "1", "-3.50");
            assertThat(rowText(agents, 2)).containsExactly("AG-SH", "-2.05", "-3.00", "0", "0.00");
            assertThat(rowText(agents, 5)).containsExactly("手续费", "15.71");
            assertThat(rowText(agents, 6)).containsExactly("分润", "2.16");
            assertThat(rowText(agents, 7)).containsExactly("收单留存", "13.55");
            assertThat(rowText(agents, 9)).containsExactly("收益", "-6.31");
            assertThat(rowText(agents, 10)).containsExactly("平衡", "是");
            everyColumnFitsItsLongestText(wb);
        }
    }

    @Test
    void chartSheetHasNativeChartsOfBreaksByOutcomeAndMatchRate() throws Exception {
        Path file = new ReconciliationReportWriter(Language.CHINESE).write(new OutputPaths(out, DATE), full());
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet charts = wb.getSheetAt(0);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(rowText(charts, 0)).containsExactly("日期", "金额不符", "信息不符", "银行漏单", "平台漏单", "重复", "已拒绝", "对平率");
            assertThat(rowText(charts, 1)).containsExactly("2026-11-20", "2", "0", "0", "0", "0", "1", "95.00%");
            assertThat(rowText(charts, 2)).containsExactly("2026-11-23", "0", "0", "0", "50", "3", "0", "99.75%");
            List<XSSFChart> drawn = charts.getDrawingPatriarch().getCharts();
            assertThat(drawn).hasSize(2);
            assertThat(drawn.get(0).getTitleText().getString()).isEqualTo("差错笔数（按对账结果）");
            XDDFChartData bars = drawn.get(0).getChartSeries().get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(6);
            for (int i = 0; i < 6; i++) {
                assertThat(bars.getSeries(i).getCategoryData().getPointCount()).isEqualTo(2);
                assertThat(bars.getSeries(i).getValuesData().getPointCount()).isEqualTo(2);
            }
            assertThat(bars.getSeries(3).getValuesData().getDataRangeReference()).isEqualTo("图表!$E$2:$E$3");
            XDDFChartData rate = drawn.get(1).getChartSeries().get(0);
            assertThat(rate.getSeriesCount()).isEqualTo(1);
            assertThat(rate.getSeries(0).getValuesData().getPointCount()).isEqualTo(2);
            assertThat(rate.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("图表!$H$2:$H$3");
        }
    }

    @Test
    void englishLabelsReasonsAndEmptySectionsByConfiguration() throws Exception {
        Path file = new ReconciliationReportWriter(Language.ENGLISH).write(new OutputPaths(out, DATE), report(List.of(), List.of()));
        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("Charts", "Outcome summary", "Breaks", "Breaks by age",
                    "Resolutions of the day", "Pending items", "Out-of-balance batches", "File control totals", "Margin",
                    "Agent shares");
            assertThat(rowText(wb.getSheetAt(0), 0)).containsExactly("Date", "AMOUNT_MISMATCH", "DATA_MISMATCH",
                    "MISSING_AT_BANK", "MISSING_AT_TERMINAL", "DUPLICATE", "REJECTED", "Match rate");
            assertThat(rowText(wb.getSheetAt(1), 1)).containsExactly("TERMINAL", "MATCHED", "1190", "960,000.00");
            assertThat(text(wb.getSheetAt(2), 1, 2)).isEqualTo(
                    "Amounts differ: terminal 10000001 RRN RRN000000123 STAN 000123, terminal 12.50 yuan, bank 12.05 yuan");
            assertThat(rowText(wb.getSheetAt(3), 1)).containsExactly("No open breaks");
            assertThat(rowText(wb.getSheetAt(3), 3)).containsExactly("Flagged after (days)", "3");
            assertThat(rowText(wb.getSheetAt(4), 1)).containsExactly("No resolutions on this date");
            assertThat(rowText(wb.getSheetAt(4), 3)).containsExactly("Write-off gains", "0.00");
            assertThat(rowText(wb.getSheetAt(4), 4)).containsExactly("Write-off losses", "0.00");
            assertThat(rowText(wb.getSheetAt(4), 6)).containsExactly("Break transitions of the day");
            assertThat(rowText(wb.getSheetAt(4), 7)).containsExactly("Break id", "When", "Who", "From", "To", "Action",
                    "Reason");
            assertThat(rowText(wb.getSheetAt(4), 8)).containsExactly("No transitions on this date");
            assertThat(rowText(wb.getSheetAt(8), 0)).containsExactly("Merchant ID", "Merchant name", "Count", "Fees",
                    "Acquirer cost", "Margin");
            everyColumnFitsItsLongestText(wb);
        }
    }

    /** Same report, same bytes: the creation time and every zip entry's time are fixed. */
    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        Path first = new ReconciliationReportWriter(Language.CHINESE).write(new OutputPaths(out.resolve("a"), DATE), full());
        Path second = new ReconciliationReportWriter(Language.CHINESE).write(new OutputPaths(out.resolve("b"), DATE), full());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            assertThat(Collections.list(zip.entries()).stream().map(ZipEntry::getTimeLocal).distinct())
                    .containsExactly(LocalDateTime.of(2000, 1, 1, 0, 0));
        }
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    /** No label or value is cut: each column is at least as wide as its longest shown text (CJK counts two). */
    private static void everyColumnFitsItsLongestText(XSSFWorkbook wb) {
        DataFormatter f = new DataFormatter(java.util.Locale.US);
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            for (Row row : sheet) {
                for (Cell c : row) {
                    String shown = f.formatCellValue(c);
                    int chars = shown.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
                    assertThat(sheet.getColumnWidth(c.getColumnIndex())).as(sheet.getSheetName() + "!" + c.getAddress() + " " + shown)
                            .isGreaterThanOrEqualTo(chars * 256);
                }
            }
        }
    }
}
