package com.posclearing.statement;

import static com.posclearing.statement.Fixtures.*;
import static com.posclearing.statement.XlsxAssert.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementWriterTest {
    @TempDir
    Path out;

    private StatementFiles writeSample(Language language, String merchantName) throws IOException {
        OutputPaths paths = new OutputPaths(out, DATE);
        return new StatementWriter(language, ACQUIRER).write(paths, header(merchantName),
                List.of(sale(1, 12500, 69), refund(2, 3000, 17)), List.of(pending()));
    }

    @Test
    void writesTheFilesAtTheirSpecPaths() throws IOException {
        StatementFiles files = writeSample(Language.CHINESE, "测试商户");
        assertThat(files.xlsx()).isEqualTo(out.resolve("20261123/statements/898310048160001.xlsx"));
        assertThat(files.csv()).isEqualTo(out.resolve("20261123/statements/898310048160001.csv"));
        assertThat(files.lineCount()).isEqualTo(2);
        assertThat(files.pendingCount()).isEqualTo(1);
        try (var list = Files.list(out.resolve("20261123/statements"))) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("898310048160001.csv", "898310048160001.xlsx");
        }
    }

    @Test
    void csvIsUtf8WithBomAndCrlfAndExactRows() throws IOException {
        StatementFiles files = writeSample(Language.CHINESE, "测试商户");
        byte[] bytes = Files.readAllBytes(files.csv());
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(
                "merchant_id,business_date,txn_time,terminal_id,batch_no,stan,rrn,card_no,card_kind,txn_type,amount,fee,net,outcome\r\n"
                        + "898310048160001,2026-11-23,2026-11-23 10:15:31,10000001,000001,000001,RRN000000001,622202******1234,DEBIT,SALE,125.00,0.69,124.31,MATCHED\r\n"
                        + "898310048160001,2026-11-23,2026-11-23 18:00:00,10000001,000001,000002,RRN000000002,622202******1234,CREDIT,REFUND,-30.00,-0.17,-29.83,MATCHED_LATE\r\n");
    }

    @Test
    void csvReadsBackWithCommonsCsv() throws IOException {
        StatementFiles files = writeSample(Language.ENGLISH, "x");
        String text = Files.readString(files.csv(), StandardCharsets.UTF_8).substring(1); // the BOM
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            assertThat(parser.getHeaderNames()).containsExactly(StatementWriter.CSV_HEADER);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(1).get("amount")).isEqualTo("-30.00");
            assertThat(records.get(1).get("net")).isEqualTo("-29.83");
            assertThat(records.get(0).get("card_no")).isEqualTo("622202******1234");
        }
    }

    @Test
    void xlsxHasThreeSheetsWithChineseHeadersFrozenAndSized() throws IOException {
        StatementFiles files = writeSample(Language.CHINESE, "测试商户");
        try (XSSFWorkbook wb = open(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "交易明细", "待对账");
            XSSFSheet txns = wb.getSheet("交易明细");
            assertThat(rowText(txns, HEADER)).containsExactly("交易时间", "终端号", "批次号", "流水号", "参考号", "卡号", "卡类型",
                    "交易类型", "金额", "手续费", "净额", "对账结果");
            assertThat(rowText(txns, HEADER + 1)).containsExactly("2026-11-23 10:15:31", "10000001", "000001", "000001",
                    "RRN000000001", "622202******1234", "借记卡", "消费", "125.00", "0.69", "124.31", "已对平");
            assertThat(rowText(txns, HEADER + 2)).containsExactly("2026-11-23 18:00:00", "10000001", "000001", "000002",
                    "RRN000000002", "622202******1234", "贷记卡", "退货", "-30.00", "-0.17", "-29.83", "延迟对平");
            assertThat(rowText(txns, HEADER + 3)).containsExactly("合计", "", "", "", "", "", "", "", "95.00", "0.52",
                    "94.48");
            assertThat(txns.getLastRowNum()).isEqualTo(HEADER + 3);
            for (XSSFSheet sheet : List.of(wb.getSheetAt(0), txns, wb.getSheetAt(2))) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) (HEADER + 1));
            }
            assertThat(txns.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(txns.getColumnWidth(5)).isEqualTo(22 * 256);
            assertThat(txns.getColumnWidth(8)).isEqualTo(14 * 256);
            // widened to the label (a CJK character counts two) and the filter button: 批次号 6 + 3, 原交易日期 10 + 3
            assertThat(txns.getColumnWidth(2)).isEqualTo(9 * 256);
            assertThat(wb.getSheet("待对账").getColumnWidth(0)).isEqualTo(13 * 256);
            assertThat(rowText(wb.getSheet("待对账"), HEADER)).containsExactly("原交易日期", "交易时间", "终端号", "批次号", "流水号",
                    "参考号", "卡号", "卡类型", "交易类型", "金额");
            assertThat(rowText(wb.getSheet("待对账"), HEADER + 1)).containsExactly("2026-11-22", "2026-11-22 23:59:01", "10000001",
                    "000002", "000777", "RRN000000777", "622202******1234", "境外卡", "消费", "42.00");
        }
    }

    @Test
    void moneyCellsAreNumericYuanWithTheMoneyFormatAndTimesAreRealDates() throws IOException {
        StatementFiles files = writeSample(Language.CHINESE, "测试商户");
        try (XSSFWorkbook wb = open(files.xlsx())) {
            XSSFSheet txns = wb.getSheetAt(1);
            Cell amount = txns.getRow(HEADER + 2).getCell(8);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(-30.0);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell fee = txns.getRow(HEADER + 1).getCell(9);
            assertThat(fee.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fee.getNumericCellValue()).isEqualTo(0.69);
            Cell time = txns.getRow(HEADER + 1).getCell(0);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo("2026-11-23T10:15:31");
            assertThat(txns.getRow(HEADER + 1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void summarySheetShowsEveryFigureAndTheCardKindBreakdown() throws IOException {
        StatementFiles files = writeSample(Language.CHINESE, "测试商户");
        try (XSSFWorkbook wb = open(files.xlsx())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(rowText(s, 0)).containsExactly("POS Clearing");
            assertThat(rowText(s, 1)).containsExactly("898310048160001 测试商户    交易日期 2026-11-23");
            assertThat(rowText(s, HEADER)).containsExactly("项目", "内容");
            String[][] expected = {{"商户号", "898310048160001"}, {"商户名称", "测试商户"}, {"交易日期", "2026-11-23"},
                    {"结算日期", "2026-11-24"}, {"期初余额", "10.00"}, {"消费笔数", "2"}, {"消费金额", "125.00"},
                    {"退货笔数", "1"}, {"退货金额", "30.00"}, {"手续费", "0.52"}, {"调账金额", "0.00"},
                    {"应结金额", "104.48"}, {"本期划款", "104.48"}, {"期末余额", "0.00"}, {"结算账户尾号", "6789"},
                    {"暂停结算", "否"}};
            for (int i = 0; i < expected.length; i++) {
                assertThat(rowText(s, HEADER + 1 + i)).containsExactly(expected[i]);
            }
            assertThat(s.getRow(HEADER + 13).getCell(1).getNumericCellValue()).isEqualTo(104.48);
            assertThat(s.getRow(HEADER + 13).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(rowText(s, HEADER + 18)).containsExactly("卡类型", "笔数", "金额", "手续费");
            assertThat(rowText(s, HEADER + 19)).containsExactly("借记卡", "2", "95.00", "0.41");
            assertThat(rowText(s, HEADER + 20)).containsExactly("贷记卡", "1", "0.00", "0.11");
            assertThat(s.getColumnWidth(2)).isEqualTo(16 * 256);
        }
    }

    @Test
    void englishHeadersByConfiguration() throws IOException {
        StatementFiles files = writeSample(Language.parse("en"), "Test shop");
        try (XSSFWorkbook wb = open(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Transactions", "Pending items");
            assertThat(rowText(wb.getSheetAt(1), HEADER)).containsExactly("Time", "Terminal", "Batch", "STAN", "RRN",
                    "Card number", "Card kind", "Type", "Amount", "Fee", "Net", "Outcome");
            assertThat(rowText(wb.getSheetAt(1), HEADER + 1).subList(6, 8)).containsExactly("DEBIT", "SALE");
            assertThat(rowText(wb.getSheetAt(0), HEADER + 1)).containsExactly("Merchant ID", "898310048160001");
        }
    }

    @Test
    void formulaLikeMerchantTextIsNeutralised() throws IOException {
        StatementFiles files = writeSample(Language.CHINESE, "=HYPERLINK(\"http://x\",\"pay\")");
        try (XSSFWorkbook wb = open(files.xlsx())) {
            Cell name = wb.getSheetAt(0).getRow(HEADER + 2).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"pay\")");
        }
    }

    @Test
    void streamsManyLinesWithStylesCreatedOncePerWorkbook() throws IOException {
        int n = 3_000;
        Iterator<StatementLine> lines = IntStream.rangeClosed(1, n).mapToObj(i -> sale(i, 100 + i, 1)).iterator();
        StatementFiles files = new StatementWriter(Language.CHINESE, ACQUIRER).write(new OutputPaths(out, DATE),
                header("x"), lines, List.<PendingItem>of().iterator());
        assertThat(files.lineCount()).isEqualTo(n);
        try (XSSFWorkbook wb = open(files.xlsx())) {
            XSSFSheet txns = wb.getSheetAt(1);
            assertThat(txns.getLastRowNum()).isEqualTo(HEADER + n + 1);
            assertThat(txns.getRow(HEADER + n).getCell(8).getNumericCellValue()).isEqualTo(31.0);
            // 3,000 lines of 100 + i fen: 300,000 + 4,501,500 fen
            assertThat(txns.getRow(HEADER + n + 1).getCell(8).getNumericCellValue()).isEqualTo(48_015.0);
            // default style + header, text, money, count, date, date-time, title and the bold totals: none per cell
            assertThat(wb.getNumCellStyles()).isEqualTo(11);
        }
        assertThat(Files.readAllLines(files.csv())).hasSize(n + 1);
    }

    @Test
    void aFailedWriteLeavesNoFileAtTheFinalNameAndKeepsThePreviousRun() throws IOException {
        Iterator<StatementLine> failing = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public StatementLine next() {
                if (++i > 2) {
                    throw new NoSuchElementException("database went away");
                }
                return sale(i, 100, 1);
            }
        };
        OutputPaths paths = new OutputPaths(out, DATE);
        StatementWriter writer = new StatementWriter(Language.CHINESE, ACQUIRER);
        assertThatThrownBy(() -> writer.write(paths, header("x"), failing, List.<PendingItem>of().iterator()))
                .isInstanceOf(NoSuchElementException.class);
        Path dir = paths.statementXlsx(MERCHANT).getParent();
        try (var list = Files.list(dir)) {
            assertThat(list).isEmpty();
        }

        StatementFiles previous = writeSample(Language.CHINESE, "x");
        byte[] previousCsv = Files.readAllBytes(previous.csv());
        Iterator<StatementLine> failingAgain = List.of(sale(1, 100, 1)).iterator();
        Iterator<PendingItem> badPending = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public PendingItem next() {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> writer.write(paths, header("x"), failingAgain, badPending))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(previous.csv())).isEqualTo(previousCsv);
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("898310048160001.csv", "898310048160001.xlsx");
        }
    }

    @Test
    void writesWithoutTempFilesAndAnAbandonedWorkbookLeavesNothing() throws IOException {
        Path dir = new OutputPaths(out, DATE).statementXlsx(MERCHANT).getParent();
        List<String> whileWriting = new java.util.ArrayList<>();
        Iterator<StatementLine> failing = IntStream.rangeClosed(1, 500).mapToObj(i -> {
            if (i == 400) {
                whileWriting.addAll(fileNames(dir));
                throw new IllegalStateException("source failed");
            }
            return sale(i, 100, 1);
        }).iterator();
        assertThatThrownBy(() -> new StatementWriter(Language.CHINESE, ACQUIRER).write(new OutputPaths(out, DATE), header("x"),
                failing, List.<PendingItem>of().iterator())).hasMessage("source failed");
        // the workbook streams into its staged file: no spill files beside it, nothing left behind
        assertThat(whileWriting).containsExactly(".898310048160001.csv.tmp", ".898310048160001.xlsx.tmp");
        assertThat(fileNames(dir)).isEmpty();
    }

    private static List<String> fileNames(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refusesAStatementWhoseFiguresDoNotAddUp() {
        assertThatThrownBy(() -> new StatementHeader(MERCHANT, "x", DATE, DATE.value().plusDays(1), 0, 1, 1000, 0, 0,
                6, 0, 995, 995, 0, "1234", false, List.of()))
                .hasMessageContaining("net 995 != opening 0 + sales 1000 - refunds 0 - fees 6 + adjustments 0");
        assertThat(StatementHeader.last4("6222 0212 3456 7890")).isEqualTo("7890");
    }
}
