package com.posclearing.ingest.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.support.KeySet;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What ingest writes beside the spill (rejected lines, batch totals), and the records reconcile reads back from outcomes. */
@Component
public final class TxnStore {
    /**
     * Rejected lines and batch totals the ingest collects before it writes them: one COPY on PostgreSQL (each COPY has a fixed cost; measured
     * here, 200 k rows took ~1.2 s in COPYs of 1,000 rows and ~0.9 s in COPYs of 10,000), JDBC batches elsewhere.
     */
    static final int BATCH_ROWS = 10_000;
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

    void insertRejectedLines(List<Object[]> rows) {
        bulk.insert(REJECTED, rows);
    }

    void insertBatches(List<Object[]> rows) {
        bulk.insert(BATCHES, rows);
    }

    /** Terminal items of one bucket left PENDING by the given run. */
    public List<TerminalTxn> pendingAfter(BusinessDate date, int runNo, int bucket) {
        return jdbc.query("SELECT " + TxnRows.TERMINAL_SELECT + " FROM recon_open o JOIN input_file f ON f.file_id = o.file_id"
                + " WHERE o.business_date = ? AND o.bucket = ? AND o.run_no = ? AND o.side = 'TERMINAL' AND o.outcome = 'PENDING'"
                + " ORDER BY o.origin_date, f.file_name, o.line_no",
                TxnRows.TERMINAL, SqlDates.date(date.value()), bucket, runNo);
    }

    /**
     * Keys (terminal id, RRN) of a bucket's records decided by run N of D (D's records and the items it carried), each
     * to its side's set: one sequential read by the key's (business_date, bucket, run_no) prefix.
     */
    public void addKeys(BusinessDate d, int runNo, int bucket, KeySet terminal, KeySet bank) {
        jdbc.query("SELECT side, terminal_id, rrn FROM recon_outcome WHERE business_date = ? AND bucket = ? AND run_no = ?",
                rs -> {
                    (Side.TERMINAL.name().equals(rs.getString(1)) ? terminal : bank).add(rs.getString(2), rs.getString(3));
                }, SqlDates.date(d.value()), bucket, runNo);
    }
}
