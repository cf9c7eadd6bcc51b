package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.statement.XlsxAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Breaks as records and their maker-checker resolution through the command line (SPEC 3.4), on H2 and PostgreSQL. */
class BreaksIT extends FirstDateBreaks {
    /**
     * BANK_WINS on the AMOUNT_MISMATCH of 2026-12-30 (terminal 158.00, bank 185.00): proposed by alice, refused to alice
     * herself, approved by bob, applied by the run of 2026-12-31 as 18500 − fee 70 (CATER 0.38 %) = 18430 fen on top of
     * M02's 114.56 payout, recorded as created by its approver bob; a rerun of 2026-12-31 applies nothing twice, a rerun
     * of 2026-12-30 keeps it APPLIED.
     */
    @Test
    void bankWinsIsApprovedByAnotherUserAndPaidOnceTheNextDay() throws IOException {
        String id = "BRK-20261230-T-58120201-261230000009";
        // exactly these bytes on stdout: no start-up log line before the header (scripts parse it)
        assertThat(settle("breaks", "list", "--date", "2026-12-30", "--csv").out()).isEqualTo(
                "break_id,business_date,outcome,side,merchant_id,terminal_id,rrn,stan,terminal_fen,bank_fen,state,age_days\n"
                + "BRK-20261230-B-58120202-261230000016,2026-12-30,MISSING_AT_TERMINAL,BANK,898310058120002,58120202,261230000016,"
                        + "000101,0,7700,OPEN,0\n"
                + "BRK-20261230-T-58120201-261230000009,2026-12-30,AMOUNT_MISMATCH,BOTH,898310058120002,58120201,261230000009,"
                        + "000103,15800,18500,OPEN,0\n"
                + "BRK-20261230-T-58120601-261230000015,2026-12-30,REJECTED,BOTH,898310058120006,58120601,261230000015,"
                        + "000101,9900,9900,OPEN,0\n"); // the bank record rejected with it carries 99.00 too
        assertThat(settle("breaks", "propose", id, "--action", "BANK_WINS", "--reason", "slip shows 185.00", "--operator",
                "alice").lastLine()).isEqualTo(id + " is PROPOSED (BANK_WINS)");
        Cli.Result own = settle("breaks", "approve", id, "--operator", "alice");
        assertThat(own.exitCode()).isEqualTo(2);
        assertThat(own.err()).isEqualTo("settle: " + id + ": was proposed by alice, who may not approve it too; another user"
                + " must approve it (--user NAME)\n");
        Cli.Result wrong = settle("breaks", "propose", "BRK-20261230-B-58120202-261230000016", "--action", "TERMINAL_WINS",
                "--reason", "x", "--operator", "alice");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("settle: BRK-20261230-B-58120202-261230000016: TERMINAL_WINS is not allowed for a"
                + " MISSING_AT_TERMINAL break; allowed: [BANK_WINS, WRITE_OFF]\n");
        Cli.Result unknown = settle("breaks", "approve", "BRK-20261230-B-58120202-261299999999", "--operator", "bob");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("settle: BRK-20261230-B-58120202-261299999999: no such break; see ops/settle breaks"
                + " list\n");
        assertThat(settle("breaks", "approve", id, "--operator", "bob").lastLine())
                .isEqualTo(id + " is APPROVED (BANK_WINS); applied by the settlement of 2026-12-31");
        Cli.Result again = settle("breaks", "approve", id, "--operator", "carol");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("is APPROVED and cannot be approved (it must be PROPOSED)");

        assertThat(settle("run", "--date", "2026-12-31", "--from-dir", "sample-files").exitCode()).isZero();
        String m02 = "P20261231898310058120002,898310058120002,91001200000000000029,北京朝阳餐饮管理有限公司,102100000458,298.86,"
                + "CNY,2027-01-04";
        assertThat(Files.readAllLines(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).contains(m02);
        assertThat(db.column("SELECT amount_fen || '/' || fee_fen || '/' || effective_date FROM adjustment WHERE break_id = '"
                + id + "'")).containsExactly("18430/70/2026-12-31");
        assertThat(db.column("SELECT created_by FROM adjustment WHERE break_id = '" + id + "'")).containsExactly("bob");
        // the statement names the original transaction; its net column adds 184.30 to the lines' nets
        assertThat(Files.readAllLines(out.resolve("20261231/statements/898310058120002.csv"))).contains(
                "898310058120002,2026-12-31,2026-12-30,58120201,,,261230000009,,,ADJUSTMENT,185.00,0.70,184.30,BANK_WINS");
        try (XSSFWorkbook wb = XlsxAssert.open(out.resolve("20261231/statements/898310058120002.xlsx"))) {
            XSSFSheet txns = wb.getSheetAt(1);
            List<List<String>> adjustments = new ArrayList<>();
            for (int r = XlsxAssert.HEADER + 1; r <= txns.getLastRowNum(); r++) {
                List<String> row = XlsxAssert.rowText(txns, r);
                if (row.contains("261230000009")) {
                    adjustments.add(row);
                }
            }
            // the original transaction's date in the time column, its terminal and RRN; 调账 = ADJUSTMENT
            assertThat(adjustments).containsExactly(List.of("2026-12-30", "58120201", "", "", "261230000009", "", "", "调账",
                    "185.00", "0.70", "184.30", "以银行为准"));
        }
        assertThat(Files.readString(out.resolve("20261231/summary.json"))).contains("\"adjustmentsFen\" : 18430");
        assertThat(db.column("SELECT state || '/' || applied_date FROM break_record WHERE break_id = '" + id + "'"))
                .containsExactly("APPLIED/2026-12-31");

        assertThat(settle("rerun", "--date", "2026-12-31", "--reason", "check").exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).contains(m02);
        assertThat(db.column("SELECT COUNT(*) FROM adjustment WHERE break_id IS NOT NULL")).containsExactly("1");
        assertThat(db.column("SELECT to_state FROM break_event WHERE break_id = '" + id + "' ORDER BY seq_no"))
                .containsExactly("OPEN", "PROPOSED", "APPROVED", "APPLIED");

        // a rerun of the date the break belongs to finds it again but keeps its decided state and adjustment
        assertThat(settle("rerun", "--date", "2026-12-30", "--reason", "check").exitCode()).isZero();
        assertThat(db.column("SELECT state || '/' || applied_date FROM break_record WHERE break_id = '" + id + "'"))
                .containsExactly("APPLIED/2026-12-31");
        assertThat(db.column("SELECT COUNT(*) FROM adjustment WHERE break_id IS NOT NULL")).containsExactly("1");
    }

    /**
     * TERMINAL_WINS on the AMOUNT_MISMATCH of 2026-12-30 settles the terminal's 158.00 less fee 60 (0.38 %) = 15740 fen on
     * top of M02's 114.56 payout; the 27.00 the bank cleared above it is the acquirer's. A WRITE_OFF of the bank-only
     * 77.00 (at most the 100.00 limit) needs no checker and pays the merchant nothing.
     */
    @Test
    void terminalWinsSettlesTheTerminalAmountAndASmallWriteOffPaysNothing() throws IOException {
        String mismatch = "BRK-20261230-T-58120201-261230000009";
        String bankOnly = "BRK-20261230-B-58120202-261230000016";
        assertThat(settle("breaks", "propose", mismatch, "--action", "TERMINAL_WINS", "--reason", "receipt shows 158.00",
                "--user", "alice").exitCode()).isZero();
        assertThat(settle("breaks", "approve", mismatch, "--user", "bob").exitCode()).isZero();
        assertThat(settle("breaks", "propose", bankOnly, "--action", "WRITE_OFF", "--reason", "no slip", "--user", "alice")
                .exitCode()).isZero();
        // approved at once, into the first date not yet settled (it stayed APPROVED with no date before)
        assertThat(db.column("SELECT state || '/' || target_date FROM break_record WHERE break_id = '" + bankOnly + "'"))
                .containsExactly("APPROVED/2026-12-31");

        assertThat(settle("run", "--date", "2026-12-31", "--from-dir", "sample-files").exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).contains(
                "P20261231898310058120002,898310058120002,91001200000000000029,北京朝阳餐饮管理有限公司,102100000458,271.96,"
                        + "CNY,2027-01-04");
        assertThat(db.column("SELECT break_id || '/' || amount_fen || '/' || fee_fen || '/' || created_by FROM adjustment"
                + " WHERE break_id IS NOT NULL")).containsExactly(mismatch + "/15740/60/bob");
        assertThat(db.column("SELECT break_id || '/' || state FROM break_record WHERE state = 'APPLIED' ORDER BY break_id"))
                .containsExactly(bankOnly + "/APPLIED", mismatch + "/APPLIED");
        assertThat(Files.readAllLines(out.resolve("20261231/statements/898310058120002.csv"))).contains(
                "898310058120002,2026-12-31,2026-12-30,58120201,,,261230000009,,,ADJUSTMENT,158.00,0.60,157.40,TERMINAL_WINS");
    }
}
