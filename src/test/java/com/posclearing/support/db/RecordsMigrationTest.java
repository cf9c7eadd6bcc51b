package com.posclearing.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V25 on a database that ran before it: the records loaded into terminal_txn and bank_txn move into their outcome
 * rows, field for field, and the two tables go; the tallies are counted from the outcomes.
 */
class RecordsMigrationTest {
    @Test
    void loadedRecordsMoveIntoTheirOutcomes() {
        DataSource ds = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:v25_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "");
        flyway(ds, "24").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO terminal_txn (txn_id, file_id, line_no, business_date, merchant_id, terminal_id, batch_no, stan,"
                + " rrn, auth_code, txn_type, card_no, card_kind, amount_fen, txn_time, orig_stan, orig_rrn, orig_txn_date, bucket)"
                + " VALUES (100000007, 1, 7, DATE '2026-12-29', '898310048990001', 'T0000001', '000012', '000123',"
                + " '123456789012', NULL, 'REFUND', '622848******1234', 'CREDIT', 5000, TIMESTAMP '2026-12-29 10:11:12',"
                + " '000100', '123456789000', DATE '2026-12-28', 5)");
        jdbc.update("INSERT INTO bank_txn (txn_id, file_id, line_no, clearing_date, stan, transmission_time, card_no, amount_fen,"
                + " mti, processing_code, terminal_id, merchant_id, rrn, auth_code, orig_stan, orig_txn_time, reversed, cancelled,"
                + " merchant_name, acquirer_cost_fen, network_fee_fen, bucket) VALUES (200000003, 2, 3, DATE '2026-12-30',"
                + " '000123', TIMESTAMP '2026-12-29 10:11:13', '622848******1234', 5000, '0220', '200000', 'T0000001',"
                + " '898310048990001', '123456789012', 'A1B2C3', NULL, NULL, 'N', 'N', '上海浦东咖啡店', 17, 30, 5)");
        String outcome = "INSERT INTO recon_outcome (business_date, run_no, side, txn_id, outcome, reason, detail, counterpart_id,"
                + " matched_by, merchant_id, terminal_id, amount_fen, origin_date, fee_fen, cost_fen, bucket, txn_type)"
                + " VALUES (DATE '2026-12-30', 1, ?, ?, 'MATCHED_LATE', 'MATCHED', 'matched', ?, 'RRN', '898310048990001',"
                + " 'T0000001', 5000, DATE '2026-12-29', ?, ?, 5, 'REFUND')";
        jdbc.update(outcome, "TERMINAL", 100000007L, 200000003L, -25L, 17L);
        jdbc.update(outcome, "BANK", 200000003L, 100000007L, 0L, 0L);
        jdbc.update("INSERT INTO settlement_run (business_date, run_no, status, operator, started_at) VALUES (DATE '2026-12-30', 1,"
                + " 'STARTED', 'night', TIMESTAMP '2026-12-31 02:30:00')");

        flyway(ds, "latest").migrate();

        assertThat(jdbc.queryForList("SELECT side, file_id, line_no, batch_no, stan, rrn, auth_code, card_no, card_kind, txn_time,"
                + " orig_stan, orig_rrn, orig_txn_date, orig_txn_time, mti, processing_code, reversed, cancelled, merchant_name,"
                + " acquirer_cost_fen, network_fee_fen FROM recon_outcome ORDER BY side").stream().map(Map::values).map(Object::toString))
                .containsExactly(
                        "[BANK, 2, 3, null, 000123, 123456789012, A1B2C3, 622848******1234, null, 2026-12-29 10:11:13.0, null, null,"
                        + " null, null, 0220, 200000, N, N, 上海浦东咖啡店, 17, 30]",
                        "[TERMINAL, 1, 7, 000012, 000123, 123456789012, null, 622848******1234, CREDIT, 2026-12-29 10:11:12.0,"
                        + " 000100, 123456789000, 2026-12-28, null, null, null, null, null, null, null, 30]");
        // the run not yet settled gets what settle adds up; every run gets its totals
        assertThat(jdbc.queryForList("SELECT * FROM merchant_tally").stream().map(Map::values).map(Object::toString))
                .containsExactly("[2026-12-30, 1, 5, 898310048990001, 0, 0, 1, 5000, -25, -42]");
        assertThat(jdbc.queryForList("SELECT * FROM outcome_tally ORDER BY side").stream().map(Map::values).map(Object::toString))
                .containsExactly("[2026-12-30, 1, 5, BANK, MATCHED_LATE, RRN, 2, 1, 5000]",
                        "[2026-12-30, 1, 5, TERMINAL, MATCHED_LATE, RRN, 1, 1, 5000]");
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN ('TERMINAL_TXN', 'BANK_TXN')",
                Long.class)).containsExactly(0L);
    }

    private static Flyway flyway(DataSource ds, String target) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("bigint", "BIGINT")).target(target).load();
    }
}
