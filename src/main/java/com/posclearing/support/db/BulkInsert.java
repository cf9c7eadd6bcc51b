package com.posclearing.support.db;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Many rows into one table, inside the caller's transaction: COPY on PostgreSQL (about 10 times faster than batched
 * INSERTs there), a CSV file that H2 reads itself when it runs on this machine, JDBC batches of {@link #BATCH_ROWS}
 * on the other databases.
 */
public interface BulkInsert {
    int BATCH_ROWS = 1_000;

    /** Writes {@code rows}, each holding the table's columns in order; Long, Integer, String, java.sql Date/Timestamp or null. */
    void insert(BulkTable table, List<Object[]> rows);

    /**
     * Makes the planner see what was just loaded into {@code tables}. PostgreSQL's autovacuum analyses a table
     * filled by COPY only later: until then it plans the night's joins for an empty table (nested loops over a
     * bucket, which took the 10 M bench's FEE_MISMATCH query past 1,100 s; 11 s after ANALYZE, which costs 0.9 s).
     * H2 and Oracle plan these queries well enough from their indexes (measured on H2 only): nothing to do there.
     */
    default void analyze(BulkTable... tables) {
    }

    /** The way of the database behind {@code jdbc}, chosen once from its product name. */
    static BulkInsert of(JdbcTemplate jdbc) {
        String[] productAndUrl;
        try {
            productAndUrl = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                    md -> new String[] {md.getDatabaseProductName(), md.getURL()});
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the job writes to: " + e.getMessage(), e);
        }
        if ("PostgreSQL".equals(productAndUrl[0])) {
            return new PgCopyInsert(jdbc);
        }
        return "H2".equals(productAndUrl[0]) && H2CsvInsert.isLocal(productAndUrl[1]) ? new H2CsvInsert(jdbc)
                : new JdbcBatchInsert(jdbc);
    }
}
