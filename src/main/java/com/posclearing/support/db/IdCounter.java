package com.posclearing.support.db;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ids of tables without a business key (audit_log, input_file, adjustment), one counter row each in id_counter. The
 * UPDATE locks the row until its own short transaction commits, so concurrent writers (threads, processes, nodes) get
 * distinct ids on every database, where MAX(id) + 1 gave two of them the same one. An id of a rolled-back caller is
 * not reused: gaps are possible, duplicates are not.
 */
public final class IdCounter {
    public static final String AUDIT_LOG = "audit_log";
    public static final String INPUT_FILE = "input_file";
    public static final String ADJUSTMENT = "adjustment";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public IdCounter(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tm);
        // never the caller's transaction: a long one (a file's load) would hold the row and serialise every writer
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long next(String counter) {
        Long id = own.execute(s -> {
            int updated = jdbc.update("UPDATE id_counter SET last_id = last_id + 1 WHERE counter_name = ?", counter);
            if (updated != 1) {
                throw new IllegalStateException("no id counter '" + counter + "' in id_counter (migration V10 missing?)");
            }
            return jdbc.queryForObject("SELECT last_id FROM id_counter WHERE counter_name = ?", Long.class, counter);
        });
        return id;
    }
}
