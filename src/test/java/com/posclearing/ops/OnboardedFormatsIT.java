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
 * The onboarded night of {@code sample-files/onboarded/} (2026-12-30, see its README): its bank side comes from three
 * sources of layouts added by configuration only, at once: the bank's clearing as a bank-csv file (the demo's ACOMA
 * sales written as CSV), a UnionPay ZM file with its RD summary and a QR channel's bill; its terminal side is the demo's
 * POSP file plus one holding the ZM and QR transactions. Run with {@code config-examples/onboarded/sources.yaml}, whose
 * sources name each file's layout. Also the real ZM sample of 2015 against a terminal file. H2 and, in the failsafe
 * execution {@code postgresql}, PostgreSQL.
 */
class OnboardedFormatsIT {
    private static final Path ONBOARDED = Path.of("sample-files/onboarded");
    private static final String DATE = "2026-12-30";
    private static final String POSP = "POSP_20261230_N01_001.csv";
    private static final String CSV = "CLEARDTL_20261230.csv";
    private static final String ZM = "INN15090588ZM_802310048993424";
    private static final String RD = "RD201015090501_802310048993424";

    @RegisterExtension
    final CommandNight night = new CommandNight("formats-test");

    /** The night's derived files stay what they are derived from (run with -Dsamples.refresh=true to rewrite the CSV). */
    @Test
    void theOnboardedNightsFilesAreThoseItIsDerivedFrom() throws IOException {
        Path csv = night.work().resolve(CSV);
        assertThat(writeBankCsv(csv)).isEqualTo(13);
        if (Boolean.getBoolean("samples.refresh")) {
            Files.copy(csv, ONBOARDED.resolve(CSV), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readAllBytes(ONBOARDED.resolve(CSV))).isEqualTo(Files.readAllBytes(csv));
        assertThat(Files.readAllBytes(ONBOARDED.resolve(POSP))).isEqualTo(Files.readAllBytes(Path.of("sample-files", POSP)));
    }

    @Test
    void theOnboardedNightTakesItsBankSideFromThreeLayoutsAtOnce() throws Exception {
        Path config = night.work().resolve("config");
        OnboardedNight.prepare(ONBOARDED, OnboardedNight.SOURCES, night.inbox(), config);

        SftpRunIT.Run run = night.settleWithConfig(config, "run", "--date", DATE, "--from-dir", night.inbox().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(night.query("SELECT file_name, layout, records, amount_fen, status FROM input_file ORDER BY file_name"))
                .containsExactly("CLEARDTL_20261230.csv|bank-csv|13|1606150|LOADED",
                        "INN26123088ZM_898310058120001|cups-zm|8|1322700|LOADED",
                        "POSP_20261230_N01_001.csv|posp-csv|15|1644550|LOADED",
                        "POSP_20261230_N09_001.csv|posp-csv|10|1229410|LOADED",
                        "QRBILL_20261230_898310058120003.csv|qr-bill|3|40010|LOADED");
        // bank: 24 rows, 2,968,860 fen (CSV 13 / 1,606,150, ZM 8 / 1,322,700, QR 3 / 40,010); terminal: 25 D lines
        assertThat(night.query("SELECT side, outcome, matched_by, COUNT(*), SUM(amount_fen), SUM(fee_fen)"
                + " FROM recon_outcome GROUP BY side, outcome, matched_by ORDER BY side, outcome, matched_by")).containsExactly(
                "BANK|AMOUNT_MISMATCH|PRIMARY|1|18500|0",
                // 7 ZM rows (no RRN) and the demo's fallback-key pair of M07
                "BANK|MATCHED|FALLBACK|8|1234400|0",
                // 9 CSV rows and the QR bill's 3 (its merchant order number carries the RRN)
                "BANK|MATCHED|PRIMARY|12|1565060|0",
                // a CSV row (7,700) and the ZM row the terminal file lacks (133,300)
                "BANK|MISSING_AT_TERMINAL|NONE|2|141000|0",
                "BANK|REJECTED|NONE|1|9900|0",
                "TERMINAL|AMOUNT_MISMATCH|PRIMARY|1|15800|0",
                "TERMINAL|MATCHED|FALLBACK|8|1234400|6523",
                "TERMINAL|MATCHED|PRIMARY|12|1565060|5544",
                "TERMINAL|PENDING|NONE|1|8800|0",
                "TERMINAL|REJECTED|NONE|1|9900|0",
                "TERMINAL|VOIDED|NONE|2|40000|0");
        assertThat(night.query("SELECT outcome, rrn, stan, bank_fen, terminal_fen FROM break_record ORDER BY outcome, stan"))
                .containsExactly("AMOUNT_MISMATCH|261230000009|000103|18500|15800",
                        "MISSING_AT_TERMINAL|261230000016|000101|7700|0", "MISSING_AT_TERMINAL|null|188992|133300|0",
                        "REJECTED|261230000015|000101|9900|9900");
        // the network's own fee (ZM field 16, the QR bill's Fee) against the computed one: reported, never charged
        assertThat(Files.readAllLines(night.out().resolve("20261230/reports/fee_mismatches_20261230.csv"))).containsExactly(
                "\uFEFFbusiness_date,flag,merchant_id,terminal_id,stan,rrn,amount,computed_fee,network_fee,difference,"
                        + "bank_file,bank_line",
                "2026-12-30,FEE_MISMATCH,898310058120001,58120103,190624,,4768.00,20.00,28.61,-8.61,"
                        + "INN26123088ZM_898310058120001,1",
                "2026-12-30,FEE_MISMATCH,898310058120003,58120302,000201,612300000201,100.00,0.70,0.60,0.10,"
                        + "QRBILL_20261230_898310058120003.csv,5",
                "2026-12-30,FEE_MISMATCH,898310058120003,58120302,000202,612300000202,250.10,1.60,1.50,0.10,"
                        + "QRBILL_20261230_898310058120003.csv,6",
                "2026-12-30,FEE_MISMATCH,898310058120003,58120302,000203,612300000203,50.00,0.00,0.30,-0.30,"
                        + "QRBILL_20261230_898310058120003.csv,7",
                "2026-12-30,TOTAL,4,,,,,22.30,31.01,-8.71,,");
        assertThat(night.query("SELECT merchant_id, payout_fen FROM merchant_day ORDER BY merchant_id")).containsExactly(
                "898310058120001|2229291", "898310058120002|55950", "898310058120003|29780", "898310058120004|248625",
                "898310058120005|0", "898310058120006|0", "898310058120007|171984");
        // the RD is read with its ZM file, never loaded itself, and archived with the night's files
        assertThat(night.data().resolve("archive/20261230/RD201026123001_898310058120001")).exists();
    }

    /** A ZM file whose RD summary did not come is refused at ingest with a sentence; the other files load. */
    @Test
    void aZmFileWithoutItsRdIsRefusedNamingTheMissingRd() throws Exception {
        String zm = "INN26123088ZM_898310058120001";
        for (String f : List.of(POSP, "POSP_20261230_N09_001.csv", CSV, zm)) {
            Files.copy(ONBOARDED.resolve(f), night.inbox().resolve(f));
        }

        SftpRunIT.Run run = night.settle("run", "--date", DATE, "--from-dir", night.inbox().toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_REJECTED);
        // the folders are left out: a random temporary folder name can look like a card number and is masked
        assertThat(run.err()).contains("settle: run 1 of " + DATE + " failed: " + zm + ": field companion: its companion"
                + " file RD201026123001_898310058120001 (layout cups-zm, companion.fileName RD2010{yyMMdd}01_*) is not"
                + " beside it in ", "/landing/20261230: it holds the control totals, so the file cannot be checked; put"
                + " both files there; it is in ", " and restart the run of " + DATE + "\n");
        assertThat(night.data().resolve("quarantine/20261230/" + zm)).exists();
        assertThat(night.query("SELECT file_name, status FROM input_file ORDER BY file_name")).containsExactly(
                "CLEARDTL_20261230.csv|LOADED", zm + "|REJECTED", "POSP_20261230_N01_001.csv|LOADED",
                "POSP_20261230_N09_001.csv|LOADED");
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
        Files.copy(Path.of("sample-files/formats", RD), night.inbox().resolve(RD));
        writeTerminalFileOfZm(night.inbox().resolve("POSP_20150905_N01_001.csv"), 7);

        SftpRunIT.Run run = night.settleWithConfig(config, "run", "--date", "2015-09-05", "--from-dir",
                night.inbox().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(night.query("SELECT layout, records, amount_fen, status FROM input_file ORDER BY file_name"))
                .containsExactly("cups-zm|8|1322700|LOADED", "posp-csv|7|1189400|LOADED");
        assertThat(night.query("SELECT COUNT(*) FROM recon_outcome WHERE side = 'BANK' AND rrn IS NULL")).containsExactly("8");
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
