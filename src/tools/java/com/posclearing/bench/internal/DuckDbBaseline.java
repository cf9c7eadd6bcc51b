package com.posclearing.bench.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB baseline of issue 5: load the same two input files and FULL OUTER JOIN them on RRN + terminal id.
 *
 * <p>DuckDB is a test-scope dependency, on the tools' classpath and never in the application jar. The ACOMA file is GBK: it is read as Latin-1, one character per byte, so
 * {@code substring} cuts by byte position exactly like the layout engine; the key fields are ASCII either way.
 */
public final class DuckDbBaseline {
    private DuckDbBaseline() {
    }

    /**
     * @param pospMillis, acomaMillis load times of each file into a table
     * @param joinMillis             the FULL OUTER JOIN, materialised into a table with an outcome per pair
     * @param both                   pairs found on both sides; terminalOnly, bankOnly the rest
     */
    public record Result(long pospMillis, long acomaMillis, long joinMillis, long terminalRows, long bankRows, long both,
            long terminalOnly, long bankOnly, String driverVersion) {
    }

    public static Result run(Path posp, Path acoma) {
        try {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                long t0 = System.nanoTime();
                s.execute("CREATE TABLE t AS SELECT terminal_id, rrn, merchant_id, txn_type, CAST(amount_fen AS BIGINT)"
                        + " AS amount_fen FROM read_csv(" + literal(posp) + ", header = false, auto_detect = false, delim = ',', null_padding = true,"
                        + " quote = '\"', columns = {'rec': 'VARCHAR', 'merchant_id': 'VARCHAR', 'terminal_id': 'VARCHAR',"
                        + " 'batch_no': 'VARCHAR', 'stan': 'VARCHAR', 'rrn': 'VARCHAR', 'auth_code': 'VARCHAR',"
                        + " 'txn_type': 'VARCHAR', 'card_no': 'VARCHAR', 'card_kind': 'VARCHAR', 'amount_fen': 'VARCHAR',"
                        + " 'currency': 'VARCHAR', 'txn_time': 'VARCHAR', 'orig_stan': 'VARCHAR', 'orig_rrn': 'VARCHAR',"
                        + " 'orig_txn_date': 'VARCHAR'}) WHERE rec = 'D'");
                long t1 = System.nanoTime();
                s.execute("CREATE TABLE b AS SELECT substring(line, 119, 8) AS terminal_id, substring(line, 144, 12) AS rrn,"
                        + " substring(line, 128, 15) AS merchant_id, CAST(substring(line, 63, 12) AS BIGINT) AS amount_fen,"
                        + " substring(line, 325, 1) AS reversal, substring(line, 327, 1) AS cancel FROM read_csv("
                        + literal(acoma) + ", header = false, auto_detect = false, delim = '\\t', quote = '', escape = '',"
                        + " encoding = 'latin-1', columns = {'line': 'VARCHAR'})");
                long t2 = System.nanoTime();
                s.execute("CREATE TABLE j AS SELECT t.rrn AS t_rrn, b.rrn AS b_rrn, CASE"
                        + " WHEN t.rrn IS NULL THEN 'BANK_ONLY' WHEN b.rrn IS NULL THEN 'TERMINAL_ONLY'"
                        + " WHEN t.amount_fen <> b.amount_fen THEN 'AMOUNT_MISMATCH'"
                        + " WHEN t.merchant_id <> b.merchant_id THEN 'DATA_MISMATCH' ELSE 'MATCHED' END AS outcome"
                        + " FROM t FULL OUTER JOIN b ON t.rrn = b.rrn AND t.terminal_id = b.terminal_id");
                long t3 = System.nanoTime();
                long[] counts = new long[5];
                try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM t), (SELECT COUNT(*) FROM b),"
                        + " COUNT(*) FILTER (WHERE t_rrn IS NOT NULL AND b_rrn IS NOT NULL),"
                        + " COUNT(*) FILTER (WHERE b_rrn IS NULL), COUNT(*) FILTER (WHERE t_rrn IS NULL) FROM j")) {
                    rs.next();
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 1);
                    }
                }
                return new Result(ms(t0, t1), ms(t1, t2), ms(t2, t3), counts[0], counts[1], counts[2], counts[3],
                        counts[4], c.getMetaData().getDatabaseProductVersion());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the DuckDB baseline failed: " + e.getMessage(), e);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
