package com.posclearing.ops;

import static com.posclearing.statement.XlsxAssert.open;
import static com.posclearing.statement.XlsxAssert.rowText;
import static com.posclearing.statement.XlsxAssert.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.resolution.internal.BreakStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The reconciliation report of 2026-12-31 read back with POI after a day of decisions, with "now" set by
 * {@code clearing.clock}: decisions on 2026-12-31 10:00 (+08:00), the night run on 2027-01-03, so the break of 12-30
 * still open is 4 days old (flagged, over 3) and those of 12-31 are 3 (not flagged).
 */
class BreakReportIT extends FirstDateBreaks {
    @Test
    void reportShowsAgesResolutionsWriteOffGainsChartsAndReasonsInChinese() throws IOException, SQLException {
        properties("clearing.clock=2026-12-31T10:00:00+08:00");
        // 158.00 is above the 100.00 limit: a checker approves; 77.00 is written off by its maker alone
        assertThat(settle("breaks", "propose", MISMATCH, "--action", "WRITE_OFF", "--reason", "bank overpaid", "--user", "alice")
                .lastLine()).isEqualTo(MISMATCH + " is PROPOSED (WRITE_OFF)");
        assertThat(settle("breaks", "approve", MISMATCH, "--user", "bob").exitCode()).isZero();
        assertThat(settle("breaks", "propose", MISSING, "--action", "WRITE_OFF", "--reason", "no slip", "--user", "alice")
                .lastLine()).isEqualTo(MISSING + " is APPROVED (WRITE_OFF)");
        // the console's audit page asks for the newest events only: newest first, a break's own events by sequence
        try (Connection c = db.connect()) {
            List<String> latest = new BreakStore(new JdbcTemplate(new SingleConnectionDataSource(c, true))).latest(2).stream()
                    .map(e -> e.breakId().value() + " #" + e.seqNo() + " " + e.actor() + " " + e.to()).toList();
            assertThat(latest).containsExactly(MISSING + " #2 alice APPROVED", MISMATCH + " #3 bob APPROVED");
        }
        properties("clearing.clock=2027-01-03T09:00:00+08:00");
        assertThat(settle("run", "--date", "2026-12-31", "--from-dir", "sample-files").exitCode()).isZero();
        assertThat(settle("breaks", "list", "--date", "2026-12-30").out()).contains(
                "BRK-20261230-T-58120601-261230000015  REJECTED            BOTH     898310058120006  terminal 99.00  bank 99.00"
                        + "  OPEN, 4 days  OLD");

        try (XSSFWorkbook wb = open(out.resolve("20261231/reports/reconciliation_20261231.xlsx"))) {
            assertThat(sheetNames(wb)).containsExactly("图表", "对账结果汇总", "差错明细", "差错账龄", "当日差错处理", "待对账", "批次不平",
                    "文件控制总数", "收益", "代理商分润");
            XSSFDrawing drawing = wb.getSheetAt(0).getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(2);
            // breaks counted per record, a mismatched pair (one record a side) once; match rate over terminal records
            assertThat(rows(wb.getSheetAt(0))).containsExactly(
                    List.of("日期", "金额不符", "信息不符", "银行漏单", "平台漏单", "重复", "已拒绝", "对平率"),
                    List.of("2026-12-30", "1", "0", "0", "1", "0", "2", "83.33%"),
                    List.of("2026-12-31", "0", "1", "0", "0", "1", "5", "78.57%"));

            XSSFSheet breaks = wb.getSheetAt(2);
            assertThat(breaks.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (breaks.getLastRowNum() + 1));
            List<String> reasons = new ArrayList<>();
            for (int r = 1; r <= breaks.getLastRowNum(); r++) {
                reasons.add(rowText(breaks, r).get(2));
            }
            assertThat(reasons).containsExactly(
                    "卡号不符：终端 58120101 参考号 261231000002 流水号 000108，卡号后四位：终端 5678，银行 8765",
                    "终端号不存在：终端 58129901 参考号 261231000011 流水号 000101",
                    "终端属于其他商户：终端 58120202 参考号 261231000012 流水号 000102",
                    "卡号不符：终端 58120101 参考号 261231000002 流水号 000108，卡号后四位：终端 5678，银行 8765",
                    "重复交易：终端 58120702 参考号 261231000013 流水号 000101，对应 终端 58120702 参考号 261231000013 流水号 000101",
                    "对应的终端交易已拒绝：终端 58129901 参考号 261231000011 流水号 000101，对应 终端 58129901 参考号 261231000011 流水号"
                            + " 000101",
                    "对应的终端交易已拒绝：终端 58120202 参考号 261231000012 流水号 000102，对应 终端 58120202 参考号 261231000012 流水号"
                            + " 000102",
                    "无法读取的行：POSP_20261231_N01_001.csv line 18 field amountFen: must be positive, got 0 (value '0')");
            // named by terminal, RRN and STAN: no internal record id (9 digits) anywhere
            assertThat(reasons).noneMatch(t -> t.matches(".*(?<!\\d)\\d{9}(?!\\d).*"));

            assertThat(rows(wb.getSheetAt(3))).containsExactly(
                    List.of("处理状态", "账龄（天）", "笔数", "金额", "超期"),
                    List.of("未处理", "2-3", "4", "1,075.90", "否"),
                    List.of("未处理", "4-7", "1", "99.00", "是"),
                    List.of(),
                    List.of("超期标记（天）", "3"));

            // write-offs: 27.00 the bank paid above the terminal's 158.00, the bank-only 77.00: gains 104.00
            assertThat(rows(wb.getSheetAt(4))).containsExactly(
                    List.of("差错编号", "处理方式", "经办人", "复核人", "复核时间", "原因", "金额", "核销损益"),
                    List.of(MISSING, "核销", "alice", "alice", "2026-12-31 10:00:00", "no slip", "0.00", "77.00"),
                    List.of(MISMATCH, "核销", "alice", "bob", "2026-12-31 10:00:00", "bank overpaid", "0.00", "27.00"),
                    List.of(),
                    List.of("核销收益合计", "104.00"),
                    List.of("核销损失合计", "0.00"),
                    List.of(),
                    List.of("当日差错状态变更"),
                    List.of("差错编号", "时间", "操作人", "原状态", "新状态", "处理方式", "原因"),
                    List.of(MISSING, "2026-12-31 10:00:00", "alice", "未处理", "已复核", "核销", "no slip"),
                    List.of(MISMATCH, "2026-12-31 10:00:00", "alice", "未处理", "待复核", "核销", "bank overpaid"),
                    List.of(MISMATCH, "2026-12-31 10:00:00", "bob", "待复核", "已复核", "核销", "approved"));
        }
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            rows.add(sheet.getRow(r) == null ? List.of() : rowText(sheet, r));
        }
        return rows;
    }
}
