package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PAIR (SPEC 3.4) through the command line. With a carry window of 0 days M01's 88.00 sale of 2026-12-30 (RRN
 * 261230000004) is MISSING_AT_BANK at once, and the bank file carries one more row: M01's 88.00 under another RRN and
 * time, so MISSING_AT_TERMINAL. Paired, approved, settled by 2026-12-31 as MATCHED_MANUAL.
 */
class BreakPairIT extends FirstDateBreaks {
    private static final String AT_BANK = "BRK-20261230-T-58120101-261230000004";
    private static final String AT_TERMINAL = "BRK-20261230-B-58120101-261230000018";

    @Override
    void prepare() throws IOException {
        properties("clearing.carry-window-days=0");
    }

    /** sample-files with a 17th row in the bank file of 2026-12-30: row 15 (M02, 77.00) as M01's 88.00, STAN 000199, RRN ...018. */
    @Override
    Path inputs() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        try (Stream<Path> files = Files.list(Path.of("sample-files"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("(POSP_|IND).*")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path acoma = in.resolve("IND26123032ACOMA");
        Charset gbk = Charset.forName("GBK");
        List<String> rows = new ArrayList<>(List.of(Files.readString(acoma, gbk).split("\r\n")));
        String row = rows.get(14);
        // 1-based positions of cups-acoma.yaml, all ASCII before the merchant name
        row = put(row, 25, "000199");
        row = put(row, 63, "000000008800");
        row = put(row, 119, "58120101");
        row = put(row, 128, "898310058120001");
        row = put(row, 144, "261230000018");
        rows.add(row);
        Files.writeString(acoma, String.join("\r\n", rows) + "\r\n", gbk);
        return in;
    }

    private static String put(String row, int position, String value) {
        return row.substring(0, position - 1) + value + row.substring(position - 1 + value.length());
    }

    /**
     * TERMINAL_WINS on the MISSING_AT_BANK: the merchant gets 87.52 as for the pair, but no bank cleared the 88.00, so
     * the acquirer loses it: 2026-12-31's margin in summary.json is 88.00 lower than without the resolution.
     */
    @Test
    void terminalWinsWithoutTheBanksMoneyIsTheAcquirersLossInTheMargin() throws IOException {
        assertThat(settle("breaks", "propose", AT_BANK, "--action", "TERMINAL_WINS", "--reason", "receipt signed", "--user",
                "alice").exitCode()).isZero();
        assertThat(settle("breaks", "approve", AT_BANK, "--user", "bob").exitCode()).isZero();
        assertThat(settle("run", "--date", "2026-12-31", "--from-dir", work.resolve("in").toString()).exitCode()).isZero();
        assertThat(db.column("SELECT amount_fen || '/' || fee_fen FROM adjustment WHERE break_id IS NOT NULL"))
                .containsExactly("8752/48");
        assertThat(Files.readString(out.resolve("20261231/summary.json"))).contains("\"marginFen\" : -8355",
                "\"adjustmentsFen\" : 8752", "\"balanced\" : true");
        assertThat(db.column("SELECT SUM(margin_fen) FROM merchant_day WHERE business_date = DATE '2026-12-31'"
                + " AND merchant_id = '898310058120001'")).containsExactly("-8761"); // 39 of its own less the 8800
    }

    @Test
    void pairSettlesAsMatchedManualTheNextNight() throws IOException {
        assertThat(settle("breaks", "list", "--state", "OPEN", "--csv").out()).contains(
                AT_BANK + ",2026-12-30,MISSING_AT_BANK,TERMINAL,898310058120001,58120101,261230000004,000104,8800,0,OPEN,",
                AT_TERMINAL + ",2026-12-30,MISSING_AT_TERMINAL,BANK,898310058120001,58120101,261230000018,000199,0,8800,OPEN,");

        Cli.Result other = settle("breaks", "propose", AT_BANK, "--action", "PAIR", "--pair", MISSING, "--reason",
                "same card", "--user", "alice");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).isEqualTo("settle: " + AT_BANK + ": PAIR needs a break of the same merchant, but "
                + MISSING + " is of 898310058120002 and this one of 898310058120001\n");

        assertThat(settle("breaks", "propose", AT_BANK, "--action", "PAIR", "--pair", AT_TERMINAL, "--reason",
                "bank row has another RRN", "--user", "alice").lastLine()).isEqualTo(AT_BANK + " is PROPOSED (PAIR)");
        assertThat(db.column("SELECT state || '/' || action_code || '/' || pair_id FROM break_record WHERE break_id = '"
                + AT_TERMINAL + "'")).containsExactly("PROPOSED/PAIR/" + AT_BANK);
        assertThat(settle("breaks", "approve", AT_BANK, "--user", "bob").lastLine())
                .isEqualTo(AT_BANK + " is APPROVED (PAIR); applied by the settlement of 2026-12-31");

        assertThat(settle("run", "--date", "2026-12-31", "--from-dir", work.resolve("in").toString()).exitCode()).isZero();
        // 88.00 less the STD debit fee 0.55 % = 48 fen: 87.52 on top of M01's 232.71
        assertThat(db.column("SELECT break_id || '/' || amount_fen || '/' || fee_fen FROM adjustment WHERE break_id IS NOT NULL"))
                .containsExactly(AT_BANK + "/8752/48");
        assertThat(Files.readAllLines(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).contains(
                "P20261231898310058120001,898310058120001,91001200000000000011,上海静安百货有限公司,102290024433,320.23,CNY,"
                        + "2027-01-04");
        assertThat(Files.readAllLines(out.resolve("20261231/statements/898310058120001.csv"))).contains(
                "898310058120001,2026-12-31,2026-12-30,58120101,,,261230000004,,,ADJUSTMENT,88.00,0.48,87.52,MATCHED_MANUAL");
        assertThat(db.column("SELECT break_id || '/' || state || '/' || applied_date FROM break_record WHERE action_code = 'PAIR'"
                + " ORDER BY break_id")).containsExactly(AT_TERMINAL + "/APPLIED/2026-12-31", AT_BANK + "/APPLIED/2026-12-31");
    }
}
