package com.posclearing.settlement.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Yuan;
import com.posclearing.statement.DiffLine;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** What a rerun changed against the run before it: outcomes, fees, payouts, balances, and the adjustments it made. */
final class RerunDiff {
    private final JdbcTemplate jdbc;

    RerunDiff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DiffLine> between(BusinessDate d, int previousRun, int runNo) {
        Date date = TxnRows.date(d.value());
        List<DiffLine> lines = new ArrayList<>();
        String changed = "SELECT a.side, a.txn_id, a.merchant_id, b.outcome, a.outcome, b.fee_fen, a.fee_fen FROM recon_outcome a"
                + " LEFT JOIN recon_outcome b ON b.business_date = a.business_date AND b.run_no = ? AND b.side = a.side"
                + " AND b.txn_id = a.txn_id WHERE a.business_date = ? AND a.run_no = ?"
                + " AND (b.txn_id IS NULL OR b.outcome <> a.outcome OR b.fee_fen <> a.fee_fen) ORDER BY a.side DESC, a.txn_id";
        // rows of this run against the previous one, then rows the previous run had and this one has not
        jdbc.query(changed, (RowCallbackHandler) rs -> {
            String key = rs.getString(1) + ":" + rs.getLong(2);
            String before = rs.getString(4);
            if (before == null || !before.equals(rs.getString(5))) {
                lines.add(new DiffLine("OUTCOME", key, rs.getString(3), before, rs.getString(5), ""));
            }
            if (before != null && rs.getLong(6) != rs.getLong(7)) {
                lines.add(new DiffLine("FEE", key, rs.getString(3), Yuan.format(rs.getLong(6)), Yuan.format(rs.getLong(7)), ""));
            }
        }, previousRun, date, runNo);
        jdbc.query(changed.replace("b.txn_id IS NULL OR b.outcome <> a.outcome OR b.fee_fen <> a.fee_fen", "b.txn_id IS NULL"),
                (RowCallbackHandler) rs -> lines.add(new DiffLine("OUTCOME", rs.getString(1) + ":" + rs.getLong(2), rs.getString(3),
                        rs.getString(5), "", "not in this run")), runNo, date, previousRun);
        jdbc.query("SELECT a.merchant_id, b.payout_fen, a.payout_fen, b.closing_fen, a.closing_fen FROM merchant_day a"
                + " LEFT JOIN merchant_day b ON b.business_date = a.business_date AND b.run_no = ? AND b.merchant_id = a.merchant_id"
                + " WHERE a.business_date = ? AND a.run_no = ? ORDER BY a.merchant_id", (RowCallbackHandler) rs -> {
                    long payoutBefore = rs.getLong(2);
                    long closingBefore = rs.getLong(4);
                    if (payoutBefore != rs.getLong(3)) {
                        lines.add(new DiffLine("PAYOUT", rs.getString(1), rs.getString(1), Yuan.format(payoutBefore),
                                Yuan.format(rs.getLong(3)), "same payout id P" + d.compact() + rs.getString(1)));
                    }
                    if (closingBefore != rs.getLong(5)) {
                        lines.add(new DiffLine("CLOSING", rs.getString(1), rs.getString(1), Yuan.format(closingBefore),
                                Yuan.format(rs.getLong(5)), "carried to the next business date"));
                    }
                }, previousRun, date, runNo);
        jdbc.query("SELECT merchant_id, effective_date, amount_fen, reason FROM adjustment WHERE origin_date = ? AND origin_run = ?"
                + " ORDER BY merchant_id, effective_date", (RowCallbackHandler) rs -> lines.add(new DiffLine("ADJUSTMENT",
                        rs.getString(1) + "@" + rs.getDate(2).toLocalDate(), rs.getString(1), "", Yuan.format(rs.getLong(3)),
                        rs.getString(4))), date, runNo);
        jdbc.query("SELECT DISTINCT business_date FROM settlement_run WHERE business_date > ? AND status = 'COMPLETED'"
                + " ORDER BY business_date", (RowCallbackHandler) rs -> lines.add(new DiffLine("NOTICE",
                        rs.getDate(1).toLocalDate().toString(), "", "", "", "this later date already ran on the previous"
                        + " figures of " + d + "; rerun it to carry these differences")), date);
        return lines;
    }
}
