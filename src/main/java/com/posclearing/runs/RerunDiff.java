package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.RunStatus;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TxnType;
import com.posclearing.kernel.Yuan;
import com.posclearing.report.DiffLine;
import com.posclearing.report.TxnKey;
import com.posclearing.support.db.SqlDates;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What a rerun changed against the run before it: every changed field of every record (named by terminal, RRN and
 * STAN), each merchant's payout, closing balance and value date, the adjustments it made, and later dates to rerun.
 */
public final class RerunDiff {
    private final JdbcTemplate jdbc;

    public RerunDiff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DiffLine> between(BusinessDate d, int previousRun, int runNo) {
        Date date = SqlDates.date(d.value());
        List<DiffLine> lines = new ArrayList<>();
        records(date, previousRun, runNo, lines);
        merchants(d, previousRun, runNo, lines);
        jdbc.query("SELECT merchant_id, effective_date, amount_fen, reason FROM adjustment WHERE origin_date = ? AND origin_run = ?"
                + " ORDER BY merchant_id, effective_date", (RowCallbackHandler) rs -> lines.add(new DiffLine("ADJUSTMENT", null,
                        TxnKey.NONE, rs.getString(1), "amount_on_" + rs.getDate(2).toLocalDate(), "", Yuan.format(rs.getLong(3)),
                        rs.getString(4))), date, runNo);
        jdbc.query("SELECT DISTINCT business_date FROM settlement_run WHERE business_date > ? AND status = ?"
                + " ORDER BY business_date", (RowCallbackHandler) rs -> lines.add(new DiffLine("NOTICE", null, TxnKey.NONE, "",
                        "business_date", "", rs.getDate(1).toLocalDate().toString(), "this later date already ran on the previous"
                        + " figures of " + d + "; rerun it to carry these differences")), date, RunStatus.COMPLETED.name());
        return lines;
    }

    /** The record's fields in both runs, read as one stream ordered by record then run, compared pair by pair. */
    private void records(Date date, int previousRun, int runNo, List<DiffLine> lines) {
        RecordState[] held = new RecordState[1];
        jdbc.query("SELECT o.run_no, o.side, o.txn_id, o.outcome, o.reason, o.merchant_id, o.amount_fen, o.fee_fen,"
                + " o.terminal_id, o.rrn, o.stan, CASE WHEN o.side = 'TERMINAL' THEN o.txn_type END txn_type, m.value_date"
                + " FROM recon_outcome o"
                + " LEFT JOIN merchant_day m ON m.business_date = o.business_date AND m.run_no = o.run_no"
                + " AND m.merchant_id = o.merchant_id"
                + " WHERE o.business_date = ? AND o.run_no IN (?, ?) ORDER BY o.side DESC, o.txn_id, o.run_no",
                (RowCallbackHandler) rs -> {
                    RecordState r = RecordState.of(rs);
                    RecordState before = held[0];
                    if (before != null && before.side() == r.side() && before.txnId() == r.txnId()) {
                        r.compareTo(before, lines);
                        held[0] = null;
                    } else {
                        alone(before, runNo, lines);
                        held[0] = r;
                    }
                }, date, previousRun, runNo);
        alone(held[0], runNo, lines);
    }

    private static void alone(RecordState r, int runNo, List<DiffLine> lines) {
        if (r == null) {
            return;
        }
        boolean isNew = r.runNo() == runNo;
        lines.add(r.line("outcome", isNew ? "" : r.outcome(), isNew ? r.outcome() : "",
                isNew ? "only in this run" : "not in this run"));
    }

    private void merchants(BusinessDate d, int previousRun, int runNo, List<DiffLine> lines) {
        jdbc.query("SELECT a.merchant_id, b.payout_fen, a.payout_fen, b.closing_fen, a.closing_fen, b.value_date, a.value_date"
                + " FROM merchant_day a LEFT JOIN merchant_day b ON b.business_date = a.business_date AND b.run_no = ?"
                + " AND b.merchant_id = a.merchant_id WHERE a.business_date = ? AND a.run_no = ? ORDER BY a.merchant_id",
                (RowCallbackHandler) rs -> {
                    String merchant = rs.getString(1);
                    changed(lines, merchant, "payout", yuan(rs, 2), yuan(rs, 3), "same payout id P" + d.compact() + merchant);
                    changed(lines, merchant, "closing", yuan(rs, 4), yuan(rs, 5), "carried to the next business date");
                    changed(lines, merchant, "value_date", dateText(rs, 6), dateText(rs, 7), "");
                }, previousRun, SqlDates.date(d.value()), runNo);
    }

    private static void changed(List<DiffLine> lines, String merchant, String field, String before, String after, String note) {
        if (!before.equals(after)) {
            lines.add(DiffLine.merchant(merchant, field, before, after, note));
        }
    }

    private static String yuan(ResultSet rs, int column) throws SQLException {
        long fen = rs.getLong(column);
        return rs.wasNull() ? "" : Yuan.format(fen);
    }

    private static String dateText(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? "" : value.toLocalDate().toString();
    }

    /**
     * One record's fields in one run, as the diff shows them. Net and value date exist only for settled terminal
     * records (refunds negative, as on the statement).
     */
    private record RecordState(int runNo, Side side, long txnId, TxnKey key, String merchantId, String outcome, String reason,
            String amount, String fee, String net, String valueDate) {

        static RecordState of(ResultSet rs) throws SQLException {
            Side side = "TERMINAL".equals(rs.getString("side")) ? Side.TERMINAL : Side.BANK;
            boolean settled = side == Side.TERMINAL && Outcome.valueOf(rs.getString("outcome")).isSettled();
            long amountFen = rs.getLong("amount_fen");
            long feeFen = rs.getLong("fee_fen");
            long signedFen = settled && TxnType.valueOf(rs.getString("txn_type")) == TxnType.REFUND ? -amountFen : amountFen;
            return new RecordState(rs.getInt("run_no"), side, rs.getLong("txn_id"), new TxnKey(rs.getString("terminal_id"),
                    rs.getString("rrn"), rs.getString("stan")), rs.getString("merchant_id"), rs.getString("outcome"),
                    Objects.toString(rs.getString("reason"), ""), Yuan.format(amountFen), Yuan.format(feeFen),
                    settled ? Yuan.format(signedFen - feeFen) : "", settled ? dateText(rs, 13) : "");
        }

        /** A line per field that differs from the earlier run's {@code before}. */
        void compareTo(RecordState before, List<DiffLine> lines) {
            field(lines, "outcome", before.outcome, outcome);
            field(lines, "reason", before.reason, reason);
            field(lines, "merchant_id", before.merchantId, merchantId);
            field(lines, "amount", before.amount, amount);
            field(lines, "fee", before.fee, fee);
            field(lines, "net", before.net, net);
            field(lines, "value_date", before.valueDate, valueDate);
        }

        private void field(List<DiffLine> lines, String name, String before, String after) {
            if (!before.equals(after)) {
                lines.add(line(name, before, after, ""));
            }
        }

        DiffLine line(String field, String before, String after, String note) {
            return new DiffLine("RECORD", side, key, merchantId, field, before, after, note);
        }
    }
}
