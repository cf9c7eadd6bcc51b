package com.posclearing.settlement.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.reconcile.Decision;
import com.posclearing.reconcile.Side;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** recon_outcome: one row per input record and run. */
final class OutcomeStore {
    private final JdbcTemplate jdbc;

    OutcomeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void deleteRun(BusinessDate d, int runNo) {
        jdbc.update("DELETE FROM recon_outcome WHERE business_date = ? AND run_no = ?", TxnRows.date(d.value()), runNo);
    }

    void insert(List<Object[]> rows) {
        for (List<Object[]> slice : TxnStore.slices(rows)) {
            jdbc.batchUpdate("INSERT INTO recon_outcome (business_date, run_no, side, txn_id, outcome, reason, detail,"
                    + " counterpart_id, matched_by, merchant_id, terminal_id, amount_fen, origin_date, fee_fen, cost_fen)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)", slice);
        }
    }

    static Object[] row(BusinessDate d, int runNo, Decision decision, Map<Long, TerminalTxn> terminal, Map<Long, BankTxn> bank) {
        String merchant;
        String terminalId;
        if (decision.side() == Side.TERMINAL) {
            TerminalTxn t = terminal.get(decision.recordId());
            merchant = t.merchantId().value();
            terminalId = t.terminalId().value();
        } else {
            BankTxn b = bank.get(decision.recordId());
            merchant = b.merchantId().value();
            terminalId = b.terminalId().value();
        }
        String detail = decision.sentence().length() <= 500 ? decision.sentence() : decision.sentence().substring(0, 497) + "...";
        return new Object[] {TxnRows.date(d.value()), runNo, decision.side().name(), decision.recordId(), decision.outcome().name(),
            decision.reason().name(), detail, decision.counterpartId(), decision.matchedBy().name(), merchant, terminalId,
            decision.amountFen(), TxnRows.date(decision.originDate().value())};
    }

    /** Sets fee and acquirer cost of settled terminal records. Rows: fee, cost, date, run, txn id. */
    void setFees(List<Object[]> rows) {
        for (List<Object[]> slice : TxnStore.slices(rows)) {
            jdbc.batchUpdate("UPDATE recon_outcome SET fee_fen = ?, cost_fen = ? WHERE business_date = ? AND run_no = ?"
                    + " AND side = 'TERMINAL' AND txn_id = ?", slice);
        }
    }
}
