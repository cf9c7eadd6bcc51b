package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.Yuan;
import com.posclearing.layout.Layouts;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RecordReader;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path work;
    private Path inbox;
    private Path data;
    private Path out;
    private TestDatabase db;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(work.resolve("inbox"));
        data = work.resolve("data");
        out = work.resolve("out");
        db = TestDatabase.create(data);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    @Test
    void aNightTakesItsBankSideFromABankCsvAndAQrBillAtOnce() throws Exception {
        Files.copy(Path.of("sample-files", POSP), inbox.resolve(POSP));
        Files.copy(Path.of("sample-files/formats", QR), inbox.resolve(QR));
        long csvRows = writeBankCsv(inbox.resolve(CSV));

        SftpRunIT.Run run = SftpRunIT.settle(db.withConfig("run", "--date", DATE, "--from-dir", inbox.toString(),
                "--data", data.toString(), "--out", out.toString(), "--operator", "formats-test"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(csvRows).isEqualTo(13);
        assertThat(db.column("SELECT layout || ':' || records || ':' || amount_fen || ':' || status FROM input_file"
                + " ORDER BY file_name")).containsExactly("bank-csv:13:1606150:LOADED", "posp-csv:15:1644550:LOADED",
                "qr-bill:3:40010:LOADED");
        assertThat(db.column("SELECT side || ':' || outcome || ':' || COUNT(*) || ':' || SUM(amount_fen) FROM recon_outcome"
                + " GROUP BY side, outcome ORDER BY side, outcome")).containsExactly(
                // the QR bill's 3 rows (40010 fen) and one CSV row (7700 fen) have no terminal counterpart
                "BANK:AMOUNT_MISMATCH:1:18500", "BANK:MATCHED:10:1570050", "BANK:MISSING_AT_TERMINAL:4:47710",
                "BANK:REJECTED:1:9900", "TERMINAL:AMOUNT_MISMATCH:1:15800", "TERMINAL:MATCHED:10:1570050",
                "TERMINAL:PENDING:1:8800", "TERMINAL:REJECTED:1:9900", "TERMINAL:VOIDED:2:40000");
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
