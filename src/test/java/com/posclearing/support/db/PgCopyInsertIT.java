package com.posclearing.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.testdb.TestPostgres;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * COPY on a fresh PostgreSQL database with the job's schema (Flyway): the rows read back exactly as JDBC batch
 * inserts of the same values read back, and COPY belongs to the caller's transaction. One connection throughout, so
 * a COPY broken off half-way must leave it usable.
 */
class PgCopyInsertIT {
    /** Every column type the night writes (the bank record's columns before V25 moved them into recon_outcome). */
    static final String COLUMNS = "txn_id, file_id, line_no, clearing_date, stan, transmission_time, card_no, amount_fen, mti,"
            + " processing_code, terminal_id, merchant_id, rrn, auth_code, orig_stan, orig_txn_time, reversed, cancelled,"
            + " merchant_name, acquirer_cost_fen, network_fee_fen, bucket";
    static final BulkTable BANK = new BulkTable("copy_probe", COLUMNS);
    static TestPostgres db;
    static SingleConnectionDataSource dataSource;
    static JdbcTemplate jdbc;
    static TransactionTemplate tx;

    @BeforeAll
    static void schema() {
        db = TestPostgres.create();
        dataSource = new SingleConnectionDataSource(db.url(), TestPostgres.USER, TestPostgres.PASSWORD, true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .placeholders(Map.of("bigint", "BIGINT")).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE copy_probe (txn_id BIGINT PRIMARY KEY, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL,"
                + " clearing_date DATE NOT NULL, stan VARCHAR(6) NOT NULL, transmission_time TIMESTAMP NOT NULL,"
                + " card_no VARCHAR(19) NOT NULL, amount_fen BIGINT NOT NULL, mti VARCHAR(4) NOT NULL, processing_code VARCHAR(6) NOT NULL,"
                + " terminal_id VARCHAR(8) NOT NULL, merchant_id VARCHAR(15) NOT NULL, rrn VARCHAR(12), auth_code VARCHAR(6),"
                + " orig_stan VARCHAR(6), orig_txn_time TIMESTAMP, reversed CHAR(1) NOT NULL, cancelled CHAR(1) NOT NULL,"
                + " merchant_name VARCHAR(100), acquirer_cost_fen BIGINT NOT NULL, network_fee_fen BIGINT, bucket INTEGER NOT NULL)");
        tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @AfterAll
    static void drop() throws Exception {
        if (dataSource != null) {
            dataSource.destroy();
        }
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM copy_probe");
    }

    /** Rows in COLUMNS order, with nulls, escapes, Chinese, nanoseconds and negative amounts. */
    static List<Object[]> nastyRows() {
        List<Object[]> rows = new ArrayList<>();
        String[] names = {"上海浦东咖啡店", "tab\there", "new\nline\r\nend", "back\\slash \\N \\.", "", null};
        for (int i = 0; i < 3_000; i++) {
            String name = names[i % names.length];
            rows.add(new Object[] {100_000_001L + i, 1L, 1L + i, Date.valueOf(LocalDate.of(2026, 11, 23)), String.format("%06d", i),
                Timestamp.valueOf("2026-11-22 23:30:01.123456"), "622848******1234", i % 7 == 0 ? -1L : 1_000L + i, "0200",
                "000000", "T0000001", "898310048990001", String.format("R%011d", i), i % 2 == 0 ? null : "A1B2C3",
                null, i % 3 == 0 ? null : Timestamp.valueOf("2026-11-21 00:00:00"), "N", "Y", name, Long.MIN_VALUE + i, i % 5 == 0 ? null : 70L + i, i % 16});
        }
        return rows;
    }

    private static List<Map<String, Object>> readBack() {
        return jdbc.queryForList("SELECT " + COLUMNS + " FROM copy_probe ORDER BY txn_id");
    }

    @Test
    void copyIsChosenForPostgresAndReadsBackAsBatchInsertsDo() {
        BulkInsert copy = BulkInsert.of(jdbc);
        assertThat(copy).isInstanceOf(PgCopyInsert.class);
        List<Object[]> rows = nastyRows();

        tx.executeWithoutResult(s -> copy.insert(BANK, rows));
        List<Map<String, Object>> copied = readBack();
        jdbc.update("DELETE FROM copy_probe");
        tx.executeWithoutResult(s -> new JdbcBatchInsert(jdbc).insert(BANK, rows));
        List<Map<String, Object>> batched = readBack();

        assertThat(copied).hasSize(3_000).isEqualTo(batched);
        Map<String, Object> first = copied.get(0);
        assertThat(first.get("merchant_name")).isEqualTo("上海浦东咖啡店");
        assertThat(first.get("transmission_time")).isEqualTo(Timestamp.valueOf("2026-11-22 23:30:01.123456"));
        assertThat(first.get("amount_fen")).isEqualTo(-1L);
        assertThat(first.get("acquirer_cost_fen")).isEqualTo(Long.MIN_VALUE);
        assertThat(first.get("auth_code")).isNull();
        assertThat(first.get("cancelled")).isEqualTo("Y");
        assertThat(copied.subList(1, 6).stream().map(r -> r.get("merchant_name")).toList())
                .containsExactly("tab\there", "new\nline\r\nend", "back\\slash \\N \\.", "", null);
    }

    @Test
    void copiedRowsRollBackWithTheTransaction() {
        BulkInsert copy = BulkInsert.of(jdbc);
        tx.executeWithoutResult(s -> {
            copy.insert(BANK, nastyRows());
            // the COPY ran on the transaction's connection: its rows are visible here, before any commit
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM copy_probe", Long.class)).isEqualTo(3_000L);
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM copy_probe", Long.class)).isZero();
    }

    @Test
    void aCopyBrokenOffHalfWayRollsBackAndLeavesTheConnectionUsable() {
        BulkInsert copy = BulkInsert.of(jdbc);
        List<Object[]> rows = nastyRows();
        Object[] bad = rows.get(2_500).clone();
        bad[19] = new BigDecimal("1.5");
        rows.set(2_500, bad);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> copy.insert(BANK, rows)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no COPY text for a java.math.BigDecimal");

        List<Object[]> tooLong = nastyRows().subList(0, 10);
        tooLong.get(9)[6] = "622848*************1234";
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> copy.insert(BANK, tooLong)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("character varying(19)");

        tx.executeWithoutResult(s -> copy.insert(BANK, nastyRows().subList(0, 10)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM copy_probe", Long.class)).isEqualTo(10L);
    }
}
