package com.posclearing.settlement.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The loaded transactions of both sides, by business date. */
final class TxnStore {
    static final int BATCH_ROWS = 1_000;
    private final JdbcTemplate jdbc;

    TxnStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertTerminal(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO terminal_txn (" + TxnRows.TERMINAL_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    void insertBank(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO bank_txn (" + TxnRows.BANK_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    void insertRejectedLines(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO rejected_line (file_id, line_no, business_date, side, field, reason) VALUES (?,?,?,?,?,?)", rows);
    }

    void insertBatches(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO terminal_batch (file_id, line_no, business_date, merchant_id, terminal_id, batch_no,"
                + " declared_sale_count, declared_sale_fen, declared_refund_count, declared_refund_fen, actual_sale_count,"
                + " actual_sale_fen, actual_refund_count, actual_refund_fen, out_of_balance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** The D lines of date D's loaded terminal files, in file and line order. */
    List<TerminalTxn> terminalOf(BusinessDate date) {
        return jdbc.query("SELECT t.*, f.file_name FROM terminal_txn t JOIN input_file f ON f.file_id = t.file_id"
                + " WHERE t.business_date = ? AND f.status = 'LOADED' ORDER BY f.file_name, t.line_no", TxnRows.TERMINAL,
                TxnRows.date(date.value()));
    }

    /** Terminal items left PENDING by the given run. */
    List<TerminalTxn> pendingAfter(BusinessDate date, int runNo) {
        return jdbc.query("SELECT t.*, f.file_name FROM recon_outcome o JOIN terminal_txn t ON t.txn_id = o.txn_id"
                + " JOIN input_file f ON f.file_id = t.file_id WHERE o.business_date = ? AND o.run_no = ?"
                + " AND o.side = 'TERMINAL' AND o.outcome = 'PENDING' ORDER BY t.business_date, f.file_name, t.line_no",
                TxnRows.TERMINAL, TxnRows.date(date.value()), runNo);
    }

    List<BankTxn> bankOf(BusinessDate date) {
        return jdbc.query("SELECT b.*, f.file_name FROM bank_txn b JOIN input_file f ON f.file_id = b.file_id"
                + " WHERE b.clearing_date = ? AND f.status = 'LOADED' ORDER BY f.file_name, b.line_no", TxnRows.BANK,
                TxnRows.date(date.value()));
    }

    /** True when a terminal record with this key was loaded for an earlier date. */
    boolean terminalKeyBefore(BusinessDate date, TerminalId terminal, Rrn rrn) {
        return exists("SELECT COUNT(*) FROM terminal_txn WHERE terminal_id = ? AND rrn = ? AND business_date < ?", terminal, rrn, date);
    }

    boolean bankKeyBefore(BusinessDate date, TerminalId terminal, Rrn rrn) {
        return exists("SELECT COUNT(*) FROM bank_txn WHERE terminal_id = ? AND rrn = ? AND clearing_date < ?", terminal, rrn, date);
    }

    private boolean exists(String sql, TerminalId terminal, Rrn rrn, BusinessDate date) {
        Long n = jdbc.queryForObject(sql, Long.class, terminal.value(), rrn.value(), TxnRows.date(date.value()));
        return n != null && n > 0;
    }

    /** Rows of a list in slices of {@link #BATCH_ROWS}, for JDBC batches of a bounded size. */
    static <T> List<List<T>> slices(List<T> rows) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH_ROWS) {
            out.add(rows.subList(i, Math.min(rows.size(), i + BATCH_ROWS)));
        }
        return out;
    }
}
