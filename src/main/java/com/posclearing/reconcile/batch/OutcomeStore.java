package com.posclearing.reconcile.batch;

import com.posclearing.ingest.batch.TxnRows;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.reconcile.Decision;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per input record and run, with the record's own fields: the one row a record is written as. Settled
 * records go to recon_settled, every other outcome to recon_open (V28), so what settle and the reports look at is
 * not found among the settled 97 %; the view recon_outcome shows both.
 */
@Component
final class OutcomeStore {
    private static final String COLUMNS = "business_date, run_no, side, txn_id, outcome, reason, detail, counterpart_id,"
            + " matched_by, merchant_id, terminal_id, amount_fen, origin_date, fee_fen, cost_fen, bucket, txn_type, "
            + TxnRows.COLUMNS;
    private static final BulkTable SETTLED = new BulkTable("recon_settled", COLUMNS);
    private static final BulkTable OPEN = new BulkTable("recon_open", COLUMNS);
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    OutcomeStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void deleteBucket(BusinessDate d, int runNo, int bucket) {
        for (String table : new String[] {"recon_settled", "recon_open", "merchant_tally", "outcome_tally"}) {
            jdbc.update("DELETE FROM " + table + " WHERE business_date = ? AND bucket = ? AND run_no = ?", SqlDates.date(d.value()),
                    bucket, runNo);
        }
    }

    /** The merchant fee of a settled terminal record. */
    @FunctionalInterface
    interface Fees {
        long of(TerminalTxn settled);
    }

    /** The rows of {@link #row}: the settled ones and the others, each list into its table. */
    void insert(List<Object[]> settled, List<Object[]> open, List<Object[]> merchantTally, List<Object[]> outcomeTally) {
        bulk.insert(SETTLED, settled);
        bulk.insert(OPEN, open);
        bulk.insert(MerchantTally.TABLE, merchantTally);
        bulk.insert(OutcomeTally.TABLE, outcomeTally);
    }

    /** Once every bucket is in: the later steps' queries are planned for what the buckets loaded. */
    void analyze() {
        bulk.analyze(SETTLED, OPEN, MerchantTally.TABLE, OutcomeTally.TABLE);
    }

    /** The fee and the acquirer cost in a row made by {@link #row}. */
    static long feeOf(Object[] row) {
        return (Long) row[FEE_COLUMN];
    }

    static long costOf(Object[] row) {
        return (Long) row[FEE_COLUMN + 1];
    }

    static Object[] row(BusinessDate d, int runNo, int bucket, Decision decision, Map<Long, TerminalTxn> terminal,
            Map<Long, BankTxn> bank, Fees fees) {
        String merchant;
        String terminalId;
        String type;
        Object[] record;
        long fee = 0;
        long cost = 0;
        if (decision.side() == Side.TERMINAL) {
            TerminalTxn t = terminal.get(decision.recordId());
            merchant = t.merchantId().value();
            terminalId = t.terminalId().value();
            type = t.txnType().name();
            record = TxnRows.of(t);
            if (decision.outcome().isSettled()) {
                BankTxn paired = bank.get(decision.counterpartId());
                fee = fees.of(t);
                cost = paired.acquirerCostFen();
                // the fee the bank states, beside ours: the FEE_MISMATCH report reads one row, not a join per record
                record[TxnRows.NETWORK_FEE_COLUMN] = paired.networkFeeFen();
            }
        } else {
            BankTxn b = bank.get(decision.recordId());
            merchant = b.merchantId().value();
            terminalId = b.terminalId().value();
            type = b.txnType().name();
            record = TxnRows.of(b);
        }
        // a settled record's sentence only says what reason and matched_by hold: most of a night is not written twice
        String detail = decision.outcome().isSettled() ? null
                : decision.sentence().length() <= 500 ? decision.sentence() : decision.sentence().substring(0, 497) + "...";
        Object[] outcome = {SqlDates.date(d.value()), runNo, decision.side().name(), decision.recordId(), decision.outcome().name(),
            decision.reason().name(), detail, decision.counterpartId(), decision.matchedBy().name(), merchant, terminalId,
            decision.amountFen(), SqlDates.date(decision.originDate().value()), fee, cost, bucket, type};
        Object[] row = Arrays.copyOf(outcome, outcome.length + record.length);
        System.arraycopy(record, 0, row, outcome.length, record.length);
        return row;
    }

    /** Where {@link #row} puts fee_fen, cost_fen after it (COLUMNS and the row's values are in the same order). */
    private static final int FEE_COLUMN = 13;
}
