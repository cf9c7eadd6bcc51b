package com.posclearing.reconcile.batch;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.reconcile.Decision;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** recon_outcome: one row per input record and run. */
@Component
final class OutcomeStore {
    private static final BulkTable TABLE = new BulkTable("recon_outcome", "business_date, run_no, side, txn_id, outcome, reason,"
            + " detail, counterpart_id, matched_by, merchant_id, terminal_id, amount_fen, origin_date, fee_fen, cost_fen, bucket,"
            + " txn_type");
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    OutcomeStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void deleteBucket(BusinessDate d, int runNo, int bucket) {
        jdbc.update("DELETE FROM recon_outcome WHERE business_date = ? AND run_no = ? AND bucket = ?", SqlDates.date(d.value()),
                runNo, bucket);
    }

    /** The merchant fee of a settled terminal record. */
    @FunctionalInterface
    interface Fees {
        long of(TerminalTxn settled);
    }

    void insert(List<Object[]> rows) {
        bulk.insert(TABLE, rows);
    }

    /** The merchant fee in a row made by {@link #row}. */
    static long feeOf(Object[] row) {
        return (Long) row[FEE_COLUMN];
    }

    static Object[] row(BusinessDate d, int runNo, int bucket, Decision decision, Map<Long, TerminalTxn> terminal,
            Map<Long, BankTxn> bank, Fees fees) {
        String merchant;
        String terminalId;
        String type;
        long fee = 0;
        long cost = 0;
        if (decision.side() == Side.TERMINAL) {
            TerminalTxn t = terminal.get(decision.recordId());
            merchant = t.merchantId().value();
            terminalId = t.terminalId().value();
            type = t.txnType().name();
            if (decision.outcome().isSettled()) {
                fee = fees.of(t);
                cost = bank.get(decision.counterpartId()).acquirerCostFen();
            }
        } else {
            BankTxn b = bank.get(decision.recordId());
            merchant = b.merchantId().value();
            terminalId = b.terminalId().value();
            type = b.txnType().name();
        }
        String detail = decision.sentence().length() <= 500 ? decision.sentence() : decision.sentence().substring(0, 497) + "...";
        return new Object[] {SqlDates.date(d.value()), runNo, decision.side().name(), decision.recordId(), decision.outcome().name(),
            decision.reason().name(), detail, decision.counterpartId(), decision.matchedBy().name(), merchant, terminalId,
            decision.amountFen(), SqlDates.date(decision.originDate().value()), fee, cost, bucket, type};
    }

    /** Where {@link #row} puts fee_fen (the TABLE's column list and the row's values are in the same order). */
    private static final int FEE_COLUMN = 13;
}
