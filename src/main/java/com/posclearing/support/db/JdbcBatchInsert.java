package com.posclearing.support.db;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** INSERT in JDBC batches of bounded size (H2, Oracle). */
final class JdbcBatchInsert implements BulkInsert {
    private final JdbcTemplate jdbc;

    JdbcBatchInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** H2 and Oracle plan these queries well enough from their indexes; measured on H2 only. */
    @Override
    public void analyze(BulkTable... tables) {
    }

    @Override
    public void insert(BulkTable table, List<Object[]> rows) {
        rows.forEach(table::checkWidth);
        String sql = table.insertSql();
        for (int i = 0; i < rows.size(); i += BATCH_ROWS) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH_ROWS)));
        }
    }
}
