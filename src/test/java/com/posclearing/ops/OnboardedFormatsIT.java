package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.Yuan;
import com.posclearing.layout.Layouts;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RecordReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A night whose bank side comes from two sources of layouts added by configuration only, at once: the bank's
 * 2026-12-30 clearing as a bank-csv file (the demo's ACOMA rows written as CSV: yuan, D/C, header names, TOTAL line)
 * and the QR channel's bill sample (its merchant is unknown here: its rows are missing at the terminal). H2 and,
 * in the failsafe execution {@code postgresql}, PostgreSQL.
 */
class OnboardedFormatsIT {
    private static final String DATE = "2026-12-30";
    private static final String POSP = "POSP_20261230_N01_001.csv";
    private static final String CSV = "CLEARDTL_20261230.csv";
    private static final String QR = "QRBILL_20261230_102310048993424.csv";
    private static final String ZM = "INN15090588ZM_802310048993424";

    @RegisterExtension
    final CommandNight night = new CommandNight("formats-test");

    @Test
    void aNightTakesItsBankSideFromABankCsvAndAQrBillAtOnce() throws Exception {
        Files.copy(Path.of("sample-files", POSP), night.inbox().resolve(POSP));
        Files.copy(Path.of("sample-files/formats", QR), night.inbox().resolve(QR));
        long csvRows = writeBankCsv(night.inbox().resolve(CSV));

        SftpRunIT.Run run = night.settle("run", "--date", DATE, "--from-dir", night.inbox().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(csvRows).isEqualTo(13);
        assertThat(night.db().column("SELECT layout || ':' || records || ':' || amount_fen || ':' || status FROM input_file"
                + " ORDER BY file_name")).containsExactly("bank-csv:13:1606150:LOADED", "posp-csv:15:1644550:LOADED",
                "qr-bill:3:40010:LOADED");
        assertThat(night.db().column("SELECT side || ':' || outcome || ':' || COUNT(*) || ':' || SUM(amount_fen) FROM recon_outcome"
                + " GROUP BY side, outcome ORDER BY side, outcome")).containsExactly(
                // the QR bill's 3 rows (40010 fen) and one CSV row (7700 fen) have no terminal counterpart
                "BANK:AMOUNT_MISMATCH:1:18500", "BANK:MATCHED:10:1570050", "BANK:MISSING_AT_TERMINAL:4:47710",
                "BANK:REJECTED:1:9900", "TERMINAL:AMOUNT_MISMATCH:1:15800", "TERMINAL:MATCHED:10:1570050",
                "TERMINAL:PENDING:1:8800", "TERMINAL:REJECTED:1:9900", "TERMINAL:VOIDED:2:40000");
    }

    /**
     * The real UnionPay ZM sample (no RRN) against a terminal file holding 7 of its 8 transactions: they match on the
     * fallback key (terminal, STAN, time); the eighth is missing at the terminal, a break without RRN. The merchant
     * and terminal are added to a config folder with the STD plan (credit 0.60 %, ZM's own rate). The terminal calls
     * the first card a debit card (0.55 %, capped at 20.00): its fee differs from ZM's field 16, FEE_MISMATCH, and the
     * computed fee is what the merchant pays.
     */
    @Test
    void aZmNightMatchesOnTheFallbackKeyWithoutRrn() throws Exception {
        Path config = Files.createDirectories(night.work().resolve("config"));
        append(config, "merchants.csv", "802310048993424,银联测试商户,5311,STD,T1,91001200000000009999,银联测试商户,"
                + "102290024433,ACTIVE,zm@example.cn,,");
        append(config, "terminals.csv", "01080209,802310048993424,ACTIVE");
        Files.copy(Path.of("sample-files/formats", ZM), night.inbox().resolve(ZM));
        writeTerminalFileOfZm(night.inbox().resolve("POSP_20150905_N01_001.csv"), 7);

        SftpRunIT.Run run = night.settleWithConfig(config, "run", "--date", "2015-09-05", "--from-dir",
                night.inbox().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(night.query("SELECT layout, records, amount_fen, status FROM input_file ORDER BY file_name"))
                .containsExactly("cups-zm|8|1322700|LOADED", "posp-csv|7|1189400|LOADED");
        assertThat(night.query("SELECT COUNT(*) FROM bank_txn WHERE rrn IS NULL")).containsExactly("8");
        assertThat(night.query("SELECT side, outcome, matched_by, COUNT(*), SUM(amount_fen), SUM(fee_fen)"
                + " FROM recon_outcome GROUP BY side, outcome, matched_by ORDER BY side, outcome")).containsExactly(
                "BANK|MATCHED|FALLBACK|7|1189400|0", "BANK|MISSING_AT_TERMINAL|NONE|1|133300|0",
                // ZM's own fees of these 7 rows add up to 7,136 fen (7,936 for all 8); the debit card's is 20.00, not 28.61
                "TERMINAL|MATCHED|FALLBACK|7|1189400|6275");
        assertThat(night.query("SELECT outcome, rrn, stan, bank_fen FROM break_record")).containsExactly(
                "MISSING_AT_TERMINAL|null|188992|133300");
        assertThat(Files.readAllLines(night.out().resolve("20150905/reports/fee_mismatches_20150905.csv"))).containsExactly(
                "\uFEFFbusiness_date,flag,merchant_id,terminal_id,stan,rrn,amount,computed_fee,network_fee,difference,"
                        + "bank_file,bank_line",
                "2015-09-05,FEE_MISMATCH,802310048993424,01080209,190624,,4768.00,20.00,28.61,-8.61," + ZM + ",1",
                "2015-09-05,TOTAL,1,,,,,20.00,28.61,-8.61,,");
        assertThat(night.query("SELECT SUM(payout_fen) FROM merchant_day WHERE merchant_id = '802310048993424'"))
                .containsExactly(Long.toString(1189400 - 6275));
    }

    private static void append(Path config, String file, String line) throws IOException {
        String builtIn = Files.readString(Path.of("config", file), StandardCharsets.UTF_8);
        Files.writeString(config.resolve(file), builtIn + (builtIn.endsWith("\n") ? "" : "\n") + line + "\n",
                StandardCharsets.UTF_8);
    }

    /** A POSP file of 2015-09-05 holding the first {@code rows} transactions of the ZM sample, with made-up RRNs. */
    private static void writeTerminalFileOfZm(Path file, int rows) throws IOException {
        List<String> details = new ArrayList<>();
        long sumFen = 0;
        try (RecordReader reader = Layouts.load(ConfigFiles.builtIn()).byName("cups-zm")
                .open(Path.of("sample-files/formats", ZM), ZM)) {
            for (RawRecord r = reader.next(); r != null && details.size() < rows; r = reader.next()) {
                long fen = Long.parseLong(r.get("amountFen"));
                details.add(String.join(",", "D", r.get("merchantId"), r.get("terminalId"), "000001", r.get("stan"),
                        "150906" + r.get("stan"), "", "SALE", r.get("cardNo"), details.isEmpty() ? "DEBIT" : "CREDIT",
                        Long.toString(fen), "CNY",
                        "2015" + r.get("transmissionTime"), "", "", ""));
                sumFen += fen;
            }
        }
        List<String> lines = new ArrayList<>(List.of("H,POSP-CSV,1,20150905,N01,001,20150907003000",
                "B,802310048993424,01080209,000001,20150906000000,20150906235959"));
        lines.addAll(details);
        lines.add("S,802310048993424,01080209,000001," + rows + "," + sumFen + ",0,0");
        lines.add("T,1," + rows + "," + sumFen);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** The demo's ACOMA rows of D that are plain sales (no reversal or cancel flag), as the bank's CSV. */
    private static long writeBankCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Settlement Date,Merchant ID,Terminal ID,Trace No,Txn Time,Card No,"
                + "Amount,D/C,Ref No,Auth Code,Merchant Name"));
        long count = 0;
        long sumFen = 0;
        try (RecordReader reader = Layouts.load(ConfigFiles.builtIn()).byName("cups-acoma")
                .open(Path.of("sample-files/IND26123032ACOMA"), "IND26123032ACOMA")) {
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                if (!"000000".equals(r.get("processingCode")) || "true".equals(r.get("reversed"))
                        || "true".equals(r.get("cancelled"))) {
                    continue;
                }
                String t = r.get("transmissionTime");
                long fen = Long.parseLong(r.get("amountFen"));
                lines.add(String.join(",", DATE, r.get("merchantId"), r.get("terminalId"), r.get("stan"),
                        "2026-" + t.substring(0, 2) + "-" + t.substring(2, 4) + " " + t.substring(4, 6) + ":"
                                + t.substring(6, 8) + ":" + t.substring(8, 10),
                        r.get("cardNo"), Yuan.format(fen), "C", r.get("rrn"), r.values().getOrDefault("authCode", ""),
                        "\"" + r.values().getOrDefault("merchantName", "").replace("\"", "\"\"") + "\""));
                count++;
                sumFen += fen;
            }
        }
        lines.add("TOTAL," + count + "," + Yuan.format(sumFen));
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return count;
    }
}
