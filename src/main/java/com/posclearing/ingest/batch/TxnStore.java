package com.posclearing.ingest.batch;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.support.KeySet;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The loaded transactions of both sides, by business date. */
@Component
public final class TxnStore {
    /**
     * Records the ingest collects before it writes them: one COPY on PostgreSQL (each COPY has a fixed cost; measured
     * here, 200 k rows took ~1.2 s in COPYs of 1,000 rows and ~0.9 s in COPYs of 10,000), JDBC batches elsewhere.
     */
    static final int BATCH_ROWS = 10_000;
    /** Rows a key read fetches per round trip (H2's client takes 100 by default). */
    private static final int KEY_FETCH_ROWS = 10_000;
    private static final BulkTable TERMINAL = new BulkTable("terminal_txn", TxnRows.TERMINAL_COLUMNS);
    private static final BulkTable BANK = new BulkTable("bank_txn", TxnRows.BANK_COLUMNS);
    private static final BulkTable REJECTED = new BulkTable("rejected_line", "file_id, line_no, business_date, side, field, reason");
    private static final BulkTable BATCHES = new BulkTable("terminal_batch", "file_id, line_no, business_date, merchant_id,"
            + " terminal_id, batch_no, declared_sale_count, declared_sale_fen, declared_refund_count, declared_refund_fen,"
            + " actual_sale_count, actual_sale_fen, actual_refund_count, actual_refund_fen, out_of_balance");
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    public TxnStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void insertTerminal(List<Object[]> rows) {
        bulk.insert(TERMINAL, rows);
    }

    void insertBank(List<Object[]> rows) {
        bulk.insert(BANK, rows);
    }

    void insertRejectedLines(List<Object[]> rows) {
        bulk.insert(REJECTED, rows);
    }

    void insertBatches(List<Object[]> rows) {
        bulk.insert(BATCHES, rows);
    }

    /** The D lines of one loaded file in one bucket, in line order. */
    public List<TerminalTxn> terminalOf(BusinessDate date, int bucket, long fileId) {
        return jdbc.query("SELECT t.*, f.file_name FROM terminal_txn t JOIN input_file f ON f.file_id = t.file_id"
                + " WHERE t.business_date = ? AND t.bucket = ? AND t.file_id = ? ORDER BY t.line_no",
                TxnRows.TERMINAL, SqlDates.date(date.value()), bucket, fileId);
    }

    /** Terminal items of one bucket left PENDING by the given run. */
    public List<TerminalTxn> pendingAfter(BusinessDate date, int runNo, int bucket) {
        return jdbc.query("SELECT t.*, f.file_name FROM recon_outcome o JOIN terminal_txn t ON t.txn_id = o.txn_id"
                + " JOIN input_file f ON f.file_id = t.file_id WHERE o.business_date = ? AND o.run_no = ? AND o.bucket = ?"
                + " AND o.side = 'TERMINAL' AND o.outcome = 'PENDING' ORDER BY t.business_date, f.file_name, t.line_no",
                TxnRows.TERMINAL, SqlDates.date(date.value()), runNo, bucket);
    }

    public List<BankTxn> bankOf(BusinessDate date, int bucket, long fileId) {
        return jdbc.query("SELECT b.*, f.file_name FROM bank_txn b JOIN input_file f ON f.file_id = b.file_id"
                + " WHERE b.clearing_date = ? AND b.bucket = ? AND b.file_id = ? ORDER BY b.line_no",
                TxnRows.BANK, SqlDates.date(date.value()), bucket, fileId);
    }

    /**
     * Keys (terminal id, RRN) of a bucket's terminal records loaded for the dates from {@code from} up to but not
     * including {@code before}: one sequential read per date that has files, by the (business_date, bucket) index.
     */
    public KeySet terminalKeys(BusinessDate from, BusinessDate before, int bucket) {
        return keys("SELECT terminal_id, rrn FROM terminal_txn WHERE business_date = ? AND bucket = ?", from, before, bucket);
    }

    /** The same for bank records by their clearing date. */
    public KeySet bankKeys(BusinessDate from, BusinessDate before, int bucket) {
        return keys("SELECT terminal_id, rrn FROM bank_txn WHERE clearing_date = ? AND bucket = ?", from, before, bucket);
    }

    private KeySet keys(String sql, BusinessDate from, BusinessDate before, int bucket) {
        KeySet keys = new KeySet();
        List<Date> dates = jdbc.queryForList("SELECT DISTINCT business_date FROM input_file WHERE business_date >= ?"
                + " AND business_date < ? ORDER BY business_date", Date.class, SqlDates.date(from.value()),
                SqlDates.date(before.value()));
        for (Date date : dates) {
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement(sql);
                ps.setFetchSize(KEY_FETCH_ROWS);
                ps.setDate(1, date);
                ps.setInt(2, bucket);
                return ps;
            }, rs -> {
                keys.add(rs.getString(1), rs.getString(2));
            });
        }
        return keys;
    }
}
