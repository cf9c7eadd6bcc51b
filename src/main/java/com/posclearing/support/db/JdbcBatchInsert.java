package com.posclearing.support.db;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** INSERT in JDBC batches of bounded size (Oracle, an H2 on another host). */
final class JdbcBatchInsert implements BulkInsert {
    private final JdbcTemplate jdbc;

    JdbcBatchInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
