package com.posclearing.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class BulkTableTest {
    private final BulkTable table = new BulkTable("payout", "payout_id,business_date ,  merchant_id");

    @Test
    void statementsNameTheColumnsInRowOrder() {
        assertThat(table.width()).isEqualTo(3);
        assertThat(table.insertSql()).isEqualTo("INSERT INTO payout (payout_id, business_date, merchant_id) VALUES (?,?,?)");
        assertThat(table.copySql()).isEqualTo("COPY payout (payout_id, business_date, merchant_id) FROM STDIN");
    }

    @Test
    void rowsOfAnotherWidthAreRefused() {
        assertThatThrownBy(() -> table.checkWidth(new Object[] {"P1", null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("payout takes 3 values per row, got 2");
        assertThatThrownBy(() -> new BulkTable("t", "a,,b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty column name in t (a,,b)");
    }

    @Test
    void onH2RowsGoThroughACsvFileAndReadBackEqual() {
        JdbcTemplate jdbc = h2();
        BulkInsert bulk = BulkInsert.of(jdbc);
        assertThat(bulk).isInstanceOf(H2CsvInsert.class);
        insertsAndReadsBack(jdbc, bulk);
        // what a CSV file could bend: quotes, separators, line breaks, edge spaces, an empty string beside a null
        jdbc.execute("CREATE TABLE odd (s VARCHAR(40), n INTEGER, t TIMESTAMP)");
        BulkTable odd = new BulkTable("odd", "s, n, t");
        bulk.insert(odd, List.of(new Object[] {" a \"b\",\n\r\tc ", 7, Timestamp.valueOf("2026-11-23 10:11:12.123456")},
                new Object[] {"", null, null}, new Object[] {null, -1, Timestamp.valueOf("2026-11-24 00:00:00")}));
        assertThat(jdbc.queryForList("SELECT COALESCE('[' || s || ']', 'null') || ' ' || COALESCE(CAST(n AS VARCHAR), 'null')"
                + " || ' ' || COALESCE(CAST(t AS VARCHAR), 'null') FROM odd ORDER BY n NULLS FIRST", String.class))
                .containsExactly("[] null null", "null -1 2026-11-24 00:00:00", "[ a \"b\",\n\r\tc ] 7 2026-11-23 10:11:12.123456");
    }

    @Test
    void onH2ElsewhereRowsGoInJdbcBatchesAndReadBackEqual() {
        assertThat(H2CsvInsert.isLocal("jdbc:h2:tcp://10.0.0.5:9092/data/db/clearing")).isFalse();
        assertThat(H2CsvInsert.isLocal("jdbc:h2:ssl://127.0.0.1:9092/db")).isFalse();
        assertThat(H2CsvInsert.isLocal("jdbc:h2:tcp://127.0.0.1:40123//data/db/clearing")).isTrue();
        assertThat(H2CsvInsert.isLocal("jdbc:h2:/data/db/clearing")).isTrue();
        JdbcTemplate jdbc = h2();
        insertsAndReadsBack(jdbc, new JdbcBatchInsert(jdbc));
    }

    private static JdbcTemplate h2() {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:bulk_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private void insertsAndReadsBack(JdbcTemplate jdbc, BulkInsert bulk) {
        jdbc.execute("CREATE TABLE payout (payout_id VARCHAR(20), business_date DATE, merchant_id VARCHAR(15))");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2 * BulkInsert.BATCH_ROWS + 1; i++) {
            rows.add(new Object[] {"P" + i, Date.valueOf(LocalDate.of(2026, 11, 23).plusDays(i % 3)), i % 2 == 0 ? null : "M" + i});
        }
        bulk.insert(table, rows);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payout", Long.class)).isEqualTo(2_001L);
        assertThat(jdbc.queryForList("SELECT payout_id || ' ' || business_date || ' ' || COALESCE(merchant_id, '-') FROM payout"
                + " WHERE payout_id IN ('P0', 'P1', 'P2000') ORDER BY payout_id", String.class))
                .containsExactly("P0 2026-11-23 -", "P1 2026-11-24 M1", "P2000 2026-11-25 -");
    }
}
