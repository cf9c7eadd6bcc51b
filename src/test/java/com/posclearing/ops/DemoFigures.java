package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posclearing.kernel.Sha256;
import com.posclearing.statement.XlsxAssert;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@code ops/settle demo} over the four bundled sample dates, as computed by hand in
 * sample-files/README.md from SPEC 3: outcome counts and amounts per side, settlement totals, the payout file, and one
 * merchant's statement read back with POI and commons-csv. Each subclass runs the demo once on its own fresh database
 * (H2, PostgreSQL, ...) and hands over the output folder: the figures must not depend on the database.
 */
abstract class DemoFigures {
    /** The --out folder of the subclass's demo run. */
    abstract Path out();

    /** The --data (and --config) options that reach the subclass's demo database. */
    abstract List<String> databaseOptions();

    /** What the subclass's demo run printed on stdout. */
    abstract String printed();

    /** {@code ops/settle demo ARGS}, which must succeed; returns what it printed (shown in the test log too). */
    static String demo(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("demo"));
        all.addAll(List.of(args));
        SftpRunIT.Run run = SftpRunIT.settle(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    /**
     * After its four nights the demo runs the onboarded night (sample-files/onboarded/, docs/layouts.md) in a folder of
     * its own and prints each format's figures: those OnboardedFormatsIT asserts on the database, by file.
     */
    @Test
    void demoRunsTheOnboardedNightAndPrintsEachFormatsFigures() {
        String text = printed();
        assertThat(text).contains("demo: Onboarded formats (config only): 2026-12-30 once more, its bank side in formats added"
                + " by layout files, read with the sources of config-examples/onboarded/sources.yaml, in a folder and database"
                + " of its own: ");
        assertThat(text.lines().filter(l -> l.startsWith("demo:   "))).containsExactly(
                // 9 on RRN, M07's pair on the fallback key
                "demo:   bank-csv CLEARDTL_20261230.csv: 13 records, 16061.50 yuan; matched 9 on RRN (15250.50 yuan),"
                        + " 1 on the fallback key (450.00 yuan); breaks AMOUNT_MISMATCH 1 (185.00 yuan), MISSING_AT_TERMINAL"
                        + " 1 (77.00 yuan), REJECTED 1 (99.00 yuan)",
                // no RRN in ZM: all on the fallback key; the row the terminal lacks is a break
                "demo:   cups-zm INN26123088ZM_898310058120001 (totals checked against its companion RD2010{yyMMdd}01_*):"
                        + " 8 records, 13227.00 yuan; matched 7 on the fallback key (11894.00 yuan); breaks"
                        + " MISSING_AT_TERMINAL 1 (1333.00 yuan)",
                "demo:   qr-bill QRBILL_20261230_898310058120003.csv: 3 records, 400.10 yuan; matched 3 on RRN (400.10 yuan);"
                        + " breaks none",
                "demo:   posp-csv: 2 terminal files, 25 records, 28739.60 yuan");
        assertThat(text).containsPattern("\\n2026-12-30 run 1 completed: outputs in .*onboarded.out.20261230\\n");
    }

    /** After the last date: one BANK_WINS proposed by alice and approved by bob, one proposed and waiting; none applied. */
    @Test
    void demoLeavesOneBreakApprovedAndOneProposed() {
        assertThat(breaksWithoutAge("APPROVED")).containsExactly(
                "break_id,business_date,outcome,side,merchant_id,terminal_id,rrn,stan,terminal_fen,bank_fen,state",
                "BRK-20261230-B-58120202-261230000016,2026-12-30,MISSING_AT_TERMINAL,BANK,898310058120002,58120202,261230000016,"
                        + "000101,0,7700,APPROVED");
        assertThat(breaksWithoutAge("PROPOSED")).containsExactly(
                "break_id,business_date,outcome,side,merchant_id,terminal_id,rrn,stan,terminal_fen,bank_fen,state",
                "BRK-20261230-T-58120201-261230000009,2026-12-30,AMOUNT_MISMATCH,BOTH,898310058120002,58120201,261230000009,"
                        + "000103,15800,18500,PROPOSED");
        assertThat(breaksWithoutAge("APPLIED")).containsExactly(
                "break_id,business_date,outcome,side,merchant_id,terminal_id,rrn,stan,terminal_fen,bank_fen,state");
    }

    /** {@code breaks list --csv} of one state, without age_days (it grows with the wall clock). */
    private List<String> breaksWithoutAge(String state) {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        List<String> args = new java.util.ArrayList<>(List.of("breaks", "list", "--state", state, "--csv"));
        args.addAll(databaseOptions());
        try {
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(SettleCommand.execute(args.toArray(String[]::new))).isZero();
        } finally {
            System.setOut(stdout);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }

    @Test
    void outcomesOfEveryDateCloseAndMatchTheHandComputedTable() throws IOException {
        JsonNode d1 = summary("20261230");
        // the demo delivers to its SFTP server: the summary says so only after the deliver step
        assertThat(d1.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(d1.get("delivery").toString()).isEqualTo("{\"bank\":\"DELIVERED\",\"statementFilesDelivered\":12}");
        assertThat(d1.get("run").asInt()).isEqualTo(1);
        assertThat(outcomes(d1.get("terminal"))).isEqualTo(Map.of("MATCHED", "10/1570050", "AMOUNT_MISMATCH", "1/15800",
                "PENDING", "1/8800", "VOIDED", "2/40000", "REJECTED", "1/9900"));
        assertThat(outcomes(d1.get("bank"))).isEqualTo(Map.of("MATCHED", "10/1570050", "AMOUNT_MISMATCH", "1/18500",
                "MISSING_AT_TERMINAL", "1/7700", "VOIDED", "2/40000", "REVERSED", "1/5000", "REJECTED", "1/9900"));
        assertThat(d1.get("terminal").get("input").asLong()).isEqualTo(15);
        assertThat(d1.get("bank").get("input").asLong()).isEqualTo(16);

        JsonNode d2 = summary("20261231");
        assertThat(outcomes(d2.get("terminal"))).isEqualTo(Map.of("MATCHED", "11/206850", "DATA_MISMATCH", "1/9990",
                "PENDING", "2/74800", "REJECTED", "3/8800"));
        assertThat(outcomes(d2.get("bank"))).isEqualTo(Map.of("MATCHED", "11/206850", "DATA_MISMATCH", "1/9990",
                "DUPLICATE", "1/88800", "REJECTED", "2/8800"));
        assertThat(d2.get("terminal").get("input").asLong()).isEqualTo(17);
        assertThat(d2.get("outOfBalanceBatches").asLong()).isEqualTo(1);
        assertThat(d2.get("files")).hasSize(4);

        JsonNode d3 = summary("20270101");
        assertThat(outcomes(d3.get("terminal"))).isEqualTo(Map.of("MATCHED", "6/624400", "MATCHED_LATE", "1/66000",
                "MISSING_AT_BANK", "1/8800", "DUPLICATE", "1/15600"));
        assertThat(outcomes(d3.get("bank"))).isEqualTo(Map.of("MATCHED", "6/624400", "MATCHED_LATE", "1/66000"));

        JsonNode d4 = summary("20270102");
        assertThat(outcomes(d4.get("terminal"))).isEqualTo(Map.of("MATCHED", "4/163500", "PENDING", "1/3900"));
        assertThat(outcomes(d4.get("bank"))).isEqualTo(Map.of("MATCHED", "4/163500", "MISSING_AT_TERMINAL", "1/23000"));
    }

    @Test
    void settlementOfEveryDateBalancesWithTheHandComputedFeesAndPayouts() throws IOException {
        assertSettlement("20261230", 1570050, 0, 5562, 4, 1522725, 0, 41763, 41763);
        assertSettlement("20261231", 201850, 5000, 1825, 5, 170073, 41763, 66715, 66625);
        assertSettlement("20270101", 490400, 200000, 1571, 3, 421619, 66715, -66075, 132825);
        assertSettlement("20270102", 163500, 0, 1744, 2, 131936, -66075, -36255, 132825);
    }

    /**
     * SPEC 3.5 on the demo's two agent chains (config/agents.csv): AG-EAST → AG-SH → AG-SH-JA over merchants …001,
     * …004 and …007, and AG-SOUTH → AG-GZ over the MICRO merchants …003 and …008, priced above their fee (倒挂). Every
     * date's fees are shared out exactly; 01-01 claws back the 2,000.00 refund's shares and reports AG-GZ's debt.
     */
    @Test
    void agentSharesOfEveryDateAddUpToTheMerchantFees() throws IOException {
        assertAgents("20261230", 10, 5562, 1742, 3820, 4307, 0, 0, 0);
        assertAgents("20261231", 11, 1825, 553, 1272, 1380, 0, 1, -14);
        assertAgents("20270101", 7, 1571, 216, 1355, 1986, -400, 1, -350);
        assertAgents("20270102", 4, 1744, 495, 1249, 1442, 0, 0, 0);
        assertThat(byAgent("20270101")).containsExactly("AG-EAST -39 -100 0 0", "AG-GZ -291 0 1 -350",
                "AG-SH -205 -300 0 0", "AG-SH-JA 91 0 0 0", "AG-SOUTH 660 0 0 0");
        assertThat(byAgent("20261230")).containsExactly("AG-EAST 534 0 0 0", "AG-SH 836 0 0 0", "AG-SH-JA 372 0 0 0");
    }

    /**
     * The agents' December (SPEC 3.5), settled by the demo as on 2027-01-04 from the accrual of 12-30 and 12-31: three
     * agents paid, AG-GZ's 85 fen (its 倒挂 sale cost it 14, the KEEP refund clawed back nothing) and AG-SOUTH's 50
     * carried below the 1.00 minimum. The statement of the level-3 agent AG-SH-JA, read back with POI.
     */
    @Test
    void agentMonthOfDecember() throws IOException {
        Path dec = out().resolve("agents/202612");
        Path csv = dec.resolve("AGENT_PAYOUT_202612.csv");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "payout_id,merchant_id,account_no,account_name,bank_code,amount,currency,value_date",
                "A202612AG-EAST,AG-EAST,91002200000000000019,华东支付服务有限公司,102290024433,6.50,CNY,2027-01-04",
                "A202612AG-SH,AG-SH,91002200000000000027,上海申城商户服务有限公司,102290024433,9.80,CNY,2027-01-04",
                "A202612AG-SH-JA,AG-SH-JA,91002200000000000035,静安收单服务部,102290024433,5.30,CNY,2027-01-04");
        assertThat(Files.readString(dec.resolve("AGENT_PAYOUT_202612.ctl")))
                .isEqualTo("count=3\r\ntotal=21.60\r\nsha256=" + Sha256.of(csv) + "\r\n");
        for (String agent : List.of("AG-EAST", "AG-GZ", "AG-SH", "AG-SH-JA", "AG-SOUTH")) {
            assertThat(dec.resolve(agent + ".xlsx")).isRegularFile();
        }
        assertThat(Files.readAllLines(dec.resolve("AG-GZ.csv"))).contains("AG-GZ,2026-12,898310058120003,DEBIT,SALE,1,200.00,1.10,1.24,-0.14");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dec.resolve("AG-SH-JA.xlsx")))) {
            Sheet summary = wb.getSheet("汇总");
            Map<String, String> values = new LinkedHashMap<>();
            for (Row r : summary) {
                if (r.getRowNum() > XlsxAssert.HEADER) {
                    values.put(r.getCell(0).getStringCellValue(), r.getCell(1).getCellType() == CellType.NUMERIC
                            ? String.valueOf(r.getCell(1).getNumericCellValue()) : r.getCell(1).getStringCellValue());
                }
            }
            assertThat(values).containsEntry("代理商编号", "AG-SH-JA").containsEntry("结算月份", "2026-12")
                    .containsEntry("分润", "5.3").containsEntry("本期划款", "5.3").containsEntry("划款编号", "A202612AG-SH-JA")
                    .containsEntry("期末余额", "0.0");
            Sheet lines = wb.getSheet("代理商分润");
            assertThat(lines.getLastRowNum()).isEqualTo(XlsxAssert.HEADER + 6); // 5 lines and the totals
            assertThat(lines.getRow(XlsxAssert.HEADER + 2).getCell(1).getStringCellValue()).isEqualTo("上海静安百货有限公司");
            assertThat(lines.getRow(XlsxAssert.HEADER + 2).getCell(8).getNumericCellValue()).isEqualTo(2.26);
            assertThat(XlsxAssert.rowText(lines, XlsxAssert.HEADER + 6).get(0)).isEqualTo("合计");
            assertThat(lines.getRow(XlsxAssert.HEADER + 6).getCell(8).getNumericCellValue()).isEqualTo(5.3);
        }
    }

    /** The operators' report of 2027-01-01 lists each agent's share of the date and the sharing invariant (代理商分润). */
    @Test
    void reportSheetOfAgentShares() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out().resolve("20270101/reports/reconciliation_20270101.xlsx")))) {
            Sheet s = wb.getSheet("代理商分润");
            List<String> rows = new java.util.ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row r : s) {
                List<String> cells = new java.util.ArrayList<>();
                r.forEach(c -> cells.add(f.formatCellValue(c)));
                rows.add(String.join(" ", cells));
            }
            assertThat(rows).containsExactly("代理商编号 分润 退货扣回 倒挂笔数 倒挂金额", "AG-EAST -0.39 -1.00 0 0.00",
                    "AG-GZ -2.91 0.00 1 -3.50", "AG-SH -2.05 -3.00 0 0.00", "AG-SH-JA 0.91 0.00 0 0.00",
                    "AG-SOUTH 6.60 0.00 0 0.00", "项目 内容", "手续费 15.71", "分润 2.16", "收单留存 13.55", "收单成本 19.86",
                    "收益 -6.31", "平衡 是");
        }
    }

    private void assertAgents(String date, long txns, long fees, long shares, long keep, long networkCost, long clawback,
            long invertedCount, long invertedFen) throws IOException {
        JsonNode a = summary(date).get("agents");
        assertThat(List.of(a.get("transactions").asLong(), a.get("merchantFeesFen").asLong(), a.get("agentSharesFen").asLong(),
                a.get("acquirerKeepFen").asLong(), a.get("networkCostFen").asLong(), a.get("marginFen").asLong(),
                a.get("clawbackFen").asLong(), a.get("invertedCount").asLong(), a.get("invertedFen").asLong()))
                .as(date).containsExactly(txns, fees, shares, keep, networkCost, keep - networkCost, clawback, invertedCount,
                        invertedFen);
        assertThat(a.get("balanced").asBoolean()).as(date).isTrue();
        assertThat(fees).isEqualTo(summary(date).get("settlement").get("feesFen").asLong());
    }

    private List<String> byAgent(String date) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        summary(date).get("agents").get("byAgent").forEach(r -> rows.add(r.get("agentId").asText() + " "
                + r.get("shareFen").asLong() + " " + r.get("clawbackFen").asLong() + " " + r.get("invertedCount").asLong()
                + " " + r.get("invertedFen").asLong()));
        return rows;
    }

    @Test
    void payoutFileRowsAndControlFile() throws IOException {
        Path csv = out().resolve("20261231/payouts/PAYOUT_20261231.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "payout_id,merchant_id,account_no,account_name,bank_code,amount,currency,value_date",
                "P20261231898310058120001,898310058120001,91001200000000000011,上海静安百货有限公司,102290024433,232.71,CNY,2027-01-04",
                "P20261231898310058120002,898310058120002,91001200000000000029,北京朝阳餐饮管理有限公司,102100000458,114.56,CNY,2027-01-04",
                "P20261231898310058120003,898310058120003,91001200000000000037,广州天河便民超市,308581002013,178.30,CNY,2027-01-04",
                "P20261231898310058120004,898310058120004,91001200000000000045,深圳南山数码商行,308584000013,178.92,CNY,2027-01-04",
                "P20261231898310058120007,898310058120007,91001200000000000079,西安钟楼大酒店有限公司,104791000011,996.24,CNY,2027-01-04");
        assertThat(Files.readString(out().resolve("20261231/payouts/PAYOUT_20261231.ctl")))
                .isEqualTo("count=5\r\ntotal=1700.73\r\nsha256=" + Sha256.of(csv) + "\r\n");
        // the frozen merchant (…005) and the one below the minimum (…008) are not paid on 12-31
        assertThat(Files.readString(out().resolve("20270101/payouts/PAYOUT_20270101.csv")))
                .contains("P20270101898310058120008,898310058120008,91001200000000000087,武汉光谷便利店,301521000017,2.30,CNY,2027-01-04");
    }

    @Test
    void statementCsvOfAMerchantWithAFeeCapAndAVoidedSale() throws IOException {
        Path csv = out().resolve("20261230/statements/898310058120001.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.skip(1);
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(2).toMap()).containsEntry("rrn", "261230000003").containsEntry("amount", "10000.00")
                    .containsEntry("fee", "20.00").containsEntry("net", "9980.00").containsEntry("outcome", "MATCHED")
                    .containsEntry("card_no", "622848*********0019");
            assertThat(rows.get(3).toMap()).containsEntry("outcome", "VOIDED").containsEntry("fee", "0.00").containsEntry("net", "0.00");
        }
    }

    @Test
    void statementWorkbookHasNumericMoneyCells() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out().resolve("20261230/statements/898310058120001.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet txns = wb.getSheetAt(1);
            assertThat(txns.getSheetName()).isEqualTo("交易明细");
            assertThat(txns.getPaneInformation().isFreezePane()).isTrue();
            Row capped = txns.getRow(XlsxAssert.HEADER + 3);
            assertThat(capped.getCell(4).getStringCellValue()).isEqualTo("261230000003");
            assertThat(capped.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(capped.getCell(8).getNumericCellValue()).isEqualTo(10000.00);
            assertThat(capped.getCell(9).getNumericCellValue()).isEqualTo(20.00);
            assertThat(capped.getCell(10).getNumericCellValue()).isEqualTo(9980.00);
            assertThat(capped.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void everyDateHasEverySpecOutput() {
        for (String d : List.of("20261230", "20261231", "20270101", "20270102")) {
            assertThat(out().resolve(d + "/payouts/PAYOUT_" + d + ".csv")).isRegularFile();
            assertThat(out().resolve(d + "/payouts/PAYOUT_" + d + ".ctl")).isRegularFile();
            assertThat(out().resolve(d + "/reports/reconciliation_" + d + ".xlsx")).isRegularFile();
            assertThat(out().resolve(d + "/reports/breaks_" + d + ".csv")).isRegularFile();
            assertThat(out().resolve(d + "/summary.json")).isRegularFile();
        }
    }

    private void assertSettlement(String date, long sales, long refunds, long fees, long payoutCount, long payoutFen,
            long opening, long closing, long held) throws IOException {
        JsonNode s = summary(date).get("settlement");
        assertThat(s.get("salesFen").asLong()).as(date + " sales").isEqualTo(sales);
        assertThat(s.get("refundsFen").asLong()).as(date + " refunds").isEqualTo(refunds);
        assertThat(s.get("feesFen").asLong()).as(date + " fees").isEqualTo(fees);
        assertThat(s.get("payouts").get("count").asLong()).as(date + " payouts").isEqualTo(payoutCount);
        assertThat(s.get("payouts").get("totalFen").asLong()).as(date + " payout total").isEqualTo(payoutFen);
        assertThat(s.get("openingFen").asLong()).as(date + " opening").isEqualTo(opening);
        assertThat(s.get("closingFen").asLong()).as(date + " closing").isEqualTo(closing);
        assertThat(s.get("heldFen").asLong()).as(date + " held").isEqualTo(held);
        assertThat(s.get("balanced").asBoolean()).as(date + " balanced").isTrue();
        assertThat(s.get("invariantLeftFen").asLong()).isEqualTo(sales - refunds);
        assertThat(s.get("invariantRightFen").asLong()).isEqualTo(sales - refunds);
    }

    private JsonNode summary(String date) throws IOException {
        return new ObjectMapper().readTree(out().resolve(date).resolve("summary.json").toFile());
    }

    private static Map<String, String> outcomes(JsonNode side) {
        Map<String, String> map = new LinkedHashMap<>();
        side.get("outcomes").properties().forEach(e -> map.put(e.getKey(),
                e.getValue().get("count").asLong() + "/" + e.getValue().get("amountFen").asLong()));
        return map;
    }
}
