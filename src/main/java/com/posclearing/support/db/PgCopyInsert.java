package com.posclearing.support.db;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code COPY table (columns) FROM STDIN} in text format, streamed to the server in chunks of about 64 KiB. The
 * connection is the one Spring has bound to the current transaction ({@link JdbcTemplate#execute(ConnectionCallback)}
 * takes it through DataSourceUtils), so the copied rows commit or roll back with the step's other writes.
 */
final class PgCopyInsert implements BulkInsert {
    /** Characters encoded before they go to the server: 64 KiB of ASCII, bounded memory whatever the row count. */
    static final int CHUNK_CHARS = 64 * 1024;

    private final JdbcTemplate jdbc;

    PgCopyInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void analyze(BulkTable... tables) {
        for (BulkTable t : tables) {
            // the name is a constant of the code (BulkTable), so it may be spliced in
            jdbc.execute("ANALYZE " + t.name());
        }
    }

    @Override
    public void insert(BulkTable table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        rows.forEach(table::checkWidth);
        long copied = jdbc.execute((ConnectionCallback<Long>) con -> copy(con.unwrap(PGConnection.class), table, rows));
        if (copied != rows.size()) {
            throw new IllegalStateException("COPY " + table.name() + " wrote " + copied + " rows of " + rows.size());
        }
    }

    private static long copy(PGConnection pg, BulkTable table, List<Object[]> rows) throws SQLException {
        CopyIn copy = pg.getCopyAPI().copyIn(table.copySql());
        try {
            StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 1_024);
            for (Object[] row : rows) {
                CopyText.appendRow(chunk, row);
                if (chunk.length() >= CHUNK_CHARS) {
                    send(copy, chunk);
                }
            }
            send(copy, chunk);
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            // an unfinished COPY leaves the connection unusable even for the rollback
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel);
                }
            }
            throw e;
        }
    }

    private static void send(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }
}
