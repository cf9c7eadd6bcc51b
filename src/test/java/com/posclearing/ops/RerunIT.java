package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.Sha256;
import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rerun} after the four sample dates with a corrected debit rate (0.55 % → 0.60 %): before delivery the payout file is
 * replaced under the same payout ids; after delivery the payouts stay and the differences become adjustments of
 * the next business date. Both runs are recorded with who and why, and the audit log has every command. Each test has
 * a database of its own ({@link TestDatabase}: H2 or PostgreSQL).
 */
@Proves("a rerun before delivery replaces the payout file under the same ids; after delivery the differences become adjustments")
class RerunIT {
    @TempDir
    Path work;
    Path data;
    Path out;
    Path config;
    TestDatabase db;

    /** Each test starts from its own demo, so neither depends on the other's rerun. */
    @BeforeEach
    void demoThenCorrectedFeePlan() throws IOException {
        data = work.resolve("data");
        out = work.resolve("out");
        db = TestDatabase.create(data);
        // run --from-dir with the built-in config delivers nothing: D's payouts stay open until a test delivers them
        for (String d : List.of("2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02")) {
            assertThat(SettleCommand.execute(db.withConfig("run", "--date", d, "--from-dir", "sample-files", "--data",
                    data.toString(), "--out", out.toString()))).isZero();
        }
        config = db.writeInto(Files.createDirectories(work.resolve("config")));
        String plans = Files.readString(Path.of("config/fee-plans.csv")).replace("STD,DEBIT,0.55,", "STD,DEBIT,0.60,");
        Files.writeString(config.resolve("fee-plans.csv"), plans);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void rerunBeforeDeliveryReplacesThePayoutFileUnderTheSameIds() throws IOException {
        assertThat(rerun("2026-12-30", "debit rate corrected")).isZero();
        assertThat(Files.readAllLines(out.resolve("20261230/payouts/PAYOUT_20261230.csv"))).containsExactly(
                "payout_id,merchant_id,account_no,account_name,bank_code,amount,currency,value_date",
                "P20261230898310058120001,898310058120001,91001200000000000011,上海静安百货有限公司,102290024433,10461.59,CNY,2026-12-31",
                "P20261230898310058120002,898310058120002,91001200000000000029,北京朝阳餐饮管理有限公司,102100000458,559.50,CNY,2026-12-31",
                "P20261230898310058120004,898310058120004,91001200000000000045,深圳南山数码商行,308584000013,2485.00,CNY,2026-12-31",
                "P20261230898310058120007,898310058120007,91001200000000000079,西安钟楼大酒店有限公司,104791000011,1719.62,CNY,2026-12-31");
        // every changed field, each record named by terminal, RRN and STAN (never an internal id)
        String notice = ",business_date,,%s,this later date already ran on the previous figures of 2026-12-30;"
                + " rerun it to carry these differences";
        assertThat(Files.readAllLines(out.resolve("20261230/reports/rerun_2_diff.csv"))).containsExactly(
                "\uFEFFbusiness_date,run,previous_run,kind,side,terminal_id,rrn,stan,merchant_id,field,before,after,note",
                "2026-12-30,2,1,RECORD,TERMINAL,58120101,261230000001,000101,898310058120001,fee,0.70,0.77,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120101,261230000001,000101,898310058120001,net,127.30,127.23,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120701,261230000011,000102,898310058120007,fee,2.48,2.70,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120701,261230000011,000102,898310058120007,net,447.52,447.30,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120501,261230000012,000101,898310058120005,fee,1.65,1.80,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120501,261230000012,000101,898310058120005,net,298.35,298.20,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120401,261230000014,000101,898310058120004,fee,13.75,15.00,",
                "2026-12-30,2,1,RECORD,TERMINAL,58120401,261230000014,000101,898310058120004,net,2486.25,2485.00,",
                "2026-12-30,2,1,MERCHANT,,,,,898310058120001,payout,10461.66,10461.59,same payout id P20261230898310058120001",
                "2026-12-30,2,1,MERCHANT,,,,,898310058120004,payout,2486.25,2485.00,same payout id P20261230898310058120004",
                "2026-12-30,2,1,MERCHANT,,,,,898310058120005,closing,417.63,417.48,carried to the next business date",
                "2026-12-30,2,1,MERCHANT,,,,,898310058120007,payout,1719.84,1719.62,same payout id P20261230898310058120007",
                "2026-12-30,2,1,NOTICE,,,,," + notice.formatted("2026-12-31"),
                "2026-12-30,2,1,NOTICE,,,,," + notice.formatted("2027-01-01"),
                "2026-12-30,2,1,NOTICE,,,,," + notice.formatted("2027-01-02"));
        assertThat(query("SELECT COUNT(*) FROM payout WHERE business_date = DATE '2026-12-30'")).isEqualTo("4");
        assertThat(status("2026-12-30")).contains("2026-12-30 run 2: COMPLETED (by rerun-test",
                "reason: debit rate corrected)");
    }

    @Test
    void rerunAfterDeliveryKeepsPayoutsAndMovesTheDifferenceToTheNextDate() throws IOException {
        execute("UPDATE payout SET delivered_at = CURRENT_TIMESTAMP WHERE business_date = DATE '2026-12-31'");
        byte[] delivered = Files.readAllBytes(out.resolve("20261231/payouts/PAYOUT_20261231.csv"));

        assertThat(rerun("2026-12-31", "debit rate corrected after delivery")).isZero();

        assertThat(Files.readAllBytes(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).isEqualTo(delivered);
        // joined in Java: PostgreSQL has no LISTAGG ... WITHIN GROUP, and the same SQL must run on H2 and PostgreSQL
        assertThat(String.join(" ", queryAll("SELECT merchant_id || ':' || effective_date || ':' || amount_fen FROM adjustment"
                + " WHERE origin_date = DATE '2026-12-31' ORDER BY merchant_id, effective_date")))
                .isEqualTo("898310058120001:2026-12-31:11 898310058120001:2027-01-01:-11"
                        + " 898310058120005:2026-12-31:12 898310058120005:2027-01-01:-12"
                        + " 898310058120007:2026-12-31:6 898310058120007:2027-01-01:-6");
        String summary = Files.readString(out.resolve("20261231/summary.json"));
        assertThat(summary).contains("\"run\" : 2", "\"feesFen\" : 1854", "\"adjustmentsFen\" : 29",
                "\"totalFen\" : 170073", "\"balanced\" : true");
        assertThat(Files.readAllLines(out.resolve("20261231/reports/rerun_2_diff.csv"))).contains(
                "2026-12-31,2,1,RECORD,TERMINAL,58120101,261231000001,000107,898310058120001,fee,1.29,1.40,",
                "2026-12-31,2,1,ADJUSTMENT,,,,,898310058120001,amount_on_2027-01-01,,-0.11,rerun 2 of 2026-12-31 changed"
                        + " the net by -11 fen after the payout file of run 1 was delivered");
        assertThat(query("SELECT COUNT(*) FROM audit_log WHERE command = 'rerun' AND operator = 'rerun-test'"
                + " AND reason = 'debit rate corrected after delivery' AND result LIKE 'exit 0%'")).isEqualTo("1");

        // a second rerun on the same figures moves nothing more: the first one's −Δ is part of its net
        assertThat(rerun("2026-12-31", "the same figures again")).isZero();
        assertThat(queryAll("SELECT merchant_id || ':' || effective_date || ':' || SUM(amount_fen) FROM adjustment"
                + " WHERE origin_date = DATE '2026-12-31' GROUP BY merchant_id, effective_date ORDER BY merchant_id, effective_date"))
                .containsExactly("898310058120001:2026-12-31:11", "898310058120001:2027-01-01:-11",
                        "898310058120005:2026-12-31:12", "898310058120005:2027-01-01:-12",
                        "898310058120007:2026-12-31:6", "898310058120007:2027-01-01:-6");
        assertThat(Files.readAllBytes(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).isEqualTo(delivered);
    }

    /**
     * No row per record is kept from ingest: a rerun reads D's records again from the archived inputs. One changed
     * there stops the run with a sentence naming it; put back, restart finishes the rerun with the same records.
     */
    @Test
    void rerunReadsTheRecordsAgainFromTheArchivedInputs() throws IOException {
        Path archived = data.resolve("archive/20270102/POSP_20270102_N01_001.csv");
        byte[] loaded = Files.readAllBytes(archived);
        Files.write(archived, Arrays.copyOf(loaded, loaded.length - 1));

        assertThat(rerun("2027-01-02", "fee plan corrected")).isEqualTo(3);
        assertThat(query("SELECT status || ' ' || failure FROM settlement_run WHERE business_date = DATE '2027-01-02'"
                + " AND run_no = 2")).startsWith("FAILED POSP_20270102_N01_001.csv: a different file of this name was already"
                        + " loaded on 2027-01-02 (loaded sha256 " + Sha256.of(loaded) + ", this one sha256 ");

        Files.write(archived, loaded);
        assertThat(SettleCommand.execute("restart", "--date", "2027-01-02", "--config", config.toString(), "--data",
                data.toString(), "--out", out.toString(), "--operator", "rerun-test")).isZero();
        assertThat(queryAll("SELECT run_no || ' ' || side || ' ' || COUNT(*) || ' ' || SUM(amount_fen) FROM recon_outcome"
                + " WHERE business_date = DATE '2027-01-02' GROUP BY run_no, side ORDER BY run_no, side"))
                .containsExactly("1 BANK 5 186500", "1 TERMINAL 5 167400", "2 BANK 5 186500", "2 TERMINAL 5 167400");
    }

    /** A holiday added after the run moves D's value date: the diff lists it per merchant and per settled record. */
    @Test
    void rerunListsValueDateChanges() throws IOException {
        Files.copy(Path.of("config/fee-plans.csv"), config.resolve("fee-plans.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(config.resolve("calendar.csv"), Files.readString(Path.of("config/calendar.csv"))
                .replace("2027-01-01,HOLIDAY", "2026-12-31,HOLIDAY\n2027-01-01,HOLIDAY"));
        assertThat(rerun("2026-12-30", "year-end holiday announced")).isZero();
        List<String> diff = Files.readAllLines(out.resolve("20261230/reports/rerun_2_diff.csv"));
        assertThat(diff).contains(
                "2026-12-30,2,1,RECORD,TERMINAL,58120101,261230000001,000101,898310058120001,value_date,2026-12-31,2027-01-04,",
                "2026-12-30,2,1,MERCHANT,,,,,898310058120001,value_date,2026-12-31,2027-01-04,");
        assertThat(diff.stream().filter(l -> l.contains(",fee,") || l.contains(",payout,"))).isEmpty();
    }

    private int rerun(String date, String reason) {
        return SettleCommand.execute("rerun", "--date", date, "--reason", reason, "--config", config.toString(), "--data",
                data.toString(), "--out", out.toString(), "--operator", "rerun-test");
    }

    private String status(String date) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(SettleCommand.execute(db.withConfig("status", "--date", date, "--data", data.toString()))).isZero();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private String query(String sql) {
        List<String> rows = queryAll(sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private List<String> queryAll(String sql) {
        return db.column(sql);
    }

    private void execute(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
