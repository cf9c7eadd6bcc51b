package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.RunStatus;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.report.BreakLine;
import com.posclearing.report.BreakReason;
import com.posclearing.report.DailyOutcomes;
import com.posclearing.report.FileOutcome;
import com.posclearing.report.FileSummary;
import com.posclearing.report.OutOfBalanceBatch;
import com.posclearing.report.OutcomeTotal;
import com.posclearing.report.PayoutTotal;
import com.posclearing.report.SettlementSummary;
import com.posclearing.report.SideSummary;
import com.posclearing.report.TxnKey;
import com.posclearing.statement.PendingItem;
import com.posclearing.support.db.SqlDates;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** What the outputs of a run say, read back from the tables the run wrote. */
@Component
public class ReportQueries {
    private static final List<String> OUTCOME_ORDER = List.of("MATCHED", "MATCHED_LATE", "AMOUNT_MISMATCH", "DATA_MISMATCH",
            "PENDING", "MISSING_AT_BANK", "MISSING_AT_TERMINAL", "DUPLICATE", "VOIDED", "REVERSED", "REJECTED");
    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FileSummary> files(BusinessDate d) {
        return jdbc.query("SELECT * FROM input_file WHERE business_date = ? ORDER BY side DESC, file_name, file_id",
                (rs, i) -> new FileSummary(rs.getString("file_name"), rs.getString("layout"), rs.getString("sha256"),
                        rs.getLong("records"), rs.getLong("amount_fen"), rs.getString("status")), date(d));
    }

    /** D's bank records of run N by input file, outcome and match key: what each bank file, whatever its layout, brought. */
    public List<FileOutcome> bankOutcomesByFile(BusinessDate d, int runNo) {
        return jdbc.query("SELECT f.file_name, f.layout, o.outcome, o.matched_by, SUM(o.records), SUM(o.amount_fen)"
                + " FROM outcome_tally o JOIN input_file f ON f.file_id = o.file_id"
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.side = 'BANK'"
                + " GROUP BY f.file_name, f.layout, o.outcome, o.matched_by ORDER BY f.file_name, o.outcome, o.matched_by",
                (rs, i) -> new FileOutcome(rs.getString(1), rs.getString(2), Outcome.valueOf(rs.getString(3)), rs.getString(4),
                        new OutcomeTotal(rs.getLong(5), rs.getLong(6))), date(d), runNo);
    }

    /** Outcomes of one side; lines that could not be read count as REJECTED with no amount. */
    public SideSummary side(BusinessDate d, int runNo, Side side) {
        Map<String, OutcomeTotal> totals = new LinkedHashMap<>();
        OUTCOME_ORDER.forEach(o -> totals.put(o, new OutcomeTotal(0, 0)));
        jdbc.query("SELECT outcome, SUM(records), SUM(amount_fen) FROM outcome_tally WHERE business_date = ? AND run_no = ?"
                + " AND side = ? GROUP BY outcome", rs -> {
                    totals.put(rs.getString(1), new OutcomeTotal(rs.getLong(2), rs.getLong(3)));
                }, date(d), runNo, side.name());
        Long rejectedLines = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_line r JOIN input_file f ON f.file_id = r.file_id"
                + " WHERE r.business_date = ? AND r.side = ? AND f.status = 'LOADED'", Long.class, date(d), sideName(side));
        OutcomeTotal rejected = totals.get("REJECTED");
        totals.put("REJECTED", new OutcomeTotal(rejected.count() + rejectedLines, rejected.amountFen()));
        totals.values().removeIf(t -> t.count() == 0);
        long input = totals.values().stream().mapToLong(OutcomeTotal::count).sum();
        return new SideSummary(input, totals);
    }

    long outOfBalanceCount(BusinessDate d) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM terminal_batch b JOIN input_file f ON f.file_id = b.file_id"
                + " WHERE b.business_date = ? AND b.out_of_balance = 'Y' AND f.status = 'LOADED'", Long.class, date(d));
        return n == null ? 0 : n;
    }

    public List<OutOfBalanceBatch> outOfBalance(BusinessDate d) {
        return jdbc.query("SELECT b.*, f.file_name FROM terminal_batch b JOIN input_file f ON f.file_id = b.file_id"
                + " WHERE b.business_date = ? AND b.out_of_balance = 'Y' AND f.status = 'LOADED' ORDER BY f.file_name, b.line_no",
                (rs, i) -> new OutOfBalanceBatch(rs.getString("file_name"), MerchantId.of(rs.getString("merchant_id")),
                        TerminalId.of(rs.getString("terminal_id")), rs.getString("batch_no"), rs.getLong("declared_sale_count"),
                        rs.getLong("declared_sale_fen"), rs.getLong("declared_refund_count"), rs.getLong("declared_refund_fen"),
                        rs.getLong("actual_sale_count"), rs.getLong("actual_sale_fen"), rs.getLong("actual_refund_count"),
                        rs.getLong("actual_refund_fen")), date(d));
    }

    SettlementSummary settlement(BusinessDate d, int runNo) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(sales_fen),0), COALESCE(SUM(refunds_fen),0), COALESCE(SUM(fees_fen),0),"
                + " COALESCE(SUM(adjustments_fen),0), COUNT(CASE WHEN payout_fen > 0 THEN 1 END), COALESCE(SUM(payout_fen),0),"
                + " COALESCE(SUM(opening_fen),0), COALESCE(SUM(closing_fen),0), COALESCE(SUM(held_fen),0),"
                + " COALESCE(SUM(margin_fen),0) FROM merchant_day WHERE business_date = ? AND run_no = ?",
                (rs, i) -> SettlementSummary.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        new PayoutTotal(rs.getLong(5), rs.getLong(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10)), date(d), runNo);
    }

    /**
     * Every break of the run, terminal side first, then lines that could not be read. A break names the record it was
     * decided against by terminal, RRN and STAN: the other side's record of a pair or a rejected terminal record
     * ({@code ot}, {@code ob}), or the first record of a duplicate ({@code dt}, {@code db}).
     */
    public void breaks(BusinessDate d, int runNo, Consumer<BreakLine> sink) {
        jdbc.query("SELECT o.side, o.outcome, o.reason, o.merchant_id, o.terminal_id, o.amount_fen, o.stan, o.rrn,"
                + " o.txn_time at_time, o.card_no, f.file_name, o.line_no,"
                + " CASE WHEN c.side <> o.side AND c.side = 'TERMINAL' THEN c.amount_fen END other_terminal,"
                + " CASE WHEN c.side <> o.side AND c.side = 'BANK' THEN c.amount_fen END other_bank,"
                + " c.terminal_id c_terminal, c.rrn c_rrn, c.stan c_stan,"
                + " CASE WHEN c.side <> o.side THEN c.merchant_id END c_merchant,"
                + " CASE WHEN c.side <> o.side THEN c.card_no END c_card"
                + " FROM recon_open o LEFT JOIN input_file f ON f.file_id = o.file_id"
                // the record it was decided against: the other side's, or the first of a duplicate on its own side
                + " LEFT JOIN recon_outcome c ON c.business_date = o.business_date AND c.bucket = o.bucket AND c.run_no = o.run_no"
                + " AND c.side = CASE WHEN o.reason = 'DUPLICATE_KEY' THEN o.side WHEN o.side = 'BANK' THEN 'TERMINAL' ELSE 'BANK' END"
                + " AND c.txn_id = o.counterpart_id"
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.outcome IN " + Outcome.sqlList(Outcome::isBreak)
                + " ORDER BY o.side DESC, o.outcome, o.txn_id", (RowCallbackHandler) rs -> {
                    boolean terminal = "TERMINAL".equals(rs.getString(1));
                    Long terminalAmount = terminal ? Long.valueOf(rs.getLong("amount_fen")) : nullable(rs, "other_terminal");
                    Long bankAmount = terminal ? nullable(rs, "other_bank") : Long.valueOf(rs.getLong("amount_fen"));
                    MaskedCard card = MaskedCard.of(rs.getString("card_no"));
                    sink.accept(new BreakLine(terminal ? Side.TERMINAL : Side.BANK, rs.getString("outcome"),
                            reason(rs, terminal, card), rs.getString("merchant_id"), rs.getString("terminal_id"),
                            rs.getString("stan"), rs.getString("rrn"), rs.getTimestamp("at_time").toLocalDateTime(), card,
                            terminalAmount, bankAmount, rs.getString("file_name"), rs.getLong("line_no")));
                }, date(d), runNo);
        jdbc.query("SELECT r.*, f.file_name FROM rejected_line r JOIN input_file f ON f.file_id = r.file_id"
                + " WHERE r.business_date = ? AND f.status = 'LOADED' ORDER BY r.side DESC, f.file_name, r.line_no",
                (RowCallbackHandler) rs -> sink.accept(new BreakLine("terminal".equals(rs.getString("side")) ? Side.TERMINAL : Side.BANK,
                        "REJECTED", new BreakReason(BreakReason.UNREADABLE_LINE, TxnKey.NONE, List.of(), rs.getString("reason")),
                        "", "", "", "", null, null, null, null, rs.getString("file_name"), rs.getLong("line_no"))), date(d));
    }

    /** The reason code, the record decided against, and for a pair the merchant and card the two sides disagree on. */
    private static BreakReason reason(ResultSet rs, boolean terminal, MaskedCard card) throws SQLException {
        List<BreakReason.FieldDifference> differences = new ArrayList<>(2);
        String otherMerchant = rs.getString("c_merchant");
        String otherCard = rs.getString("c_card");
        if (otherMerchant != null && !otherMerchant.equals(rs.getString("merchant_id"))) {
            differences.add(difference("MERCHANT", terminal, rs.getString("merchant_id"), otherMerchant));
        }
        if (otherCard != null && !MaskedCard.of(otherCard).last4().equals(card.last4())) {
            differences.add(difference("CARD_LAST4", terminal, card.last4(), MaskedCard.of(otherCard).last4()));
        }
        String code = rs.getString("reason");
        boolean namesOther = "MATCHES_REJECTED_TERMINAL".equals(code) || "DUPLICATE_KEY".equals(code);
        TxnKey counterpart = namesOther ? new TxnKey(rs.getString("c_terminal"), rs.getString("c_rrn"), rs.getString("c_stan"))
                : TxnKey.NONE;
        return new BreakReason(code, counterpart, differences, "");
    }

    private static BreakReason.FieldDifference difference(String field, boolean terminal, String own, String other) {
        return terminal ? new BreakReason.FieldDifference(field, own, other) : new BreakReason.FieldDifference(field, other, own);
    }

    /**
     * The chart's points: the last {@code dates} business dates up to D that have a completed run (each with its last
     * completed run; D with the run being written), oldest first.
     */
    public List<DailyOutcomes> trend(BusinessDate d, int runNo, int dates) {
        List<DailyOutcomes> points = new ArrayList<>();
        List<Map.Entry<BusinessDate, Integer>> earlier = jdbc.query("SELECT business_date, MAX(run_no) FROM settlement_run"
                + " WHERE business_date < ? AND status = ? GROUP BY business_date ORDER BY business_date DESC",
                (rs, i) -> Map.entry(new BusinessDate(SqlDates.localDate(rs, "business_date")), rs.getInt(2)), date(d),
                RunStatus.COMPLETED.name());
        List<Map.Entry<BusinessDate, Integer>> shown = new ArrayList<>(earlier.subList(0, Math.min(earlier.size(), dates - 1)));
        Collections.reverse(shown);
        for (Map.Entry<BusinessDate, Integer> run : shown) {
            points.add(outcomesOf(run.getKey(), run.getValue()));
        }
        points.add(outcomesOf(d, runNo));
        return points;
    }

    private DailyOutcomes outcomesOf(BusinessDate d, int runNo) {
        Map<String, Long> breaks = new LinkedHashMap<>();
        long[] matchedCompared = new long[2];
        jdbc.query("SELECT side, outcome, SUM(records) FROM outcome_tally WHERE business_date = ? AND run_no = ?"
                + " GROUP BY side, outcome", (RowCallbackHandler) rs -> {
                    Outcome outcome = Outcome.valueOf(rs.getString(2));
                    long n = rs.getLong(3);
                    if (outcome.isBreak() && !("BANK".equals(rs.getString(1)) && isPair(outcome))) {
                        breaks.merge(outcome.name(), n, Long::sum);
                    }
                    if ("TERMINAL".equals(rs.getString(1)) && (outcome.isBreak() || outcome.isSettled())) {
                        matchedCompared[0] += outcome.isSettled() ? n : 0;
                        matchedCompared[1] += n;
                    }
                }, date(d), runNo);
        Long unreadable = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_line r JOIN input_file f ON f.file_id = r.file_id"
                + " WHERE r.business_date = ? AND f.status = 'LOADED'", Long.class, date(d));
        if (unreadable != null && unreadable > 0) {
            breaks.merge(Outcome.REJECTED.name(), unreadable, Long::sum);
        }
        return new DailyOutcomes(d, breaks, matchedCompared[0], matchedCompared[1]);
    }

    /** A mismatched pair is one break of two records, one a side: the chart counts its terminal record only. */
    private static boolean isPair(Outcome outcome) {
        return outcome == Outcome.AMOUNT_MISMATCH || outcome == Outcome.DATA_MISMATCH;
    }

    /** Terminal items left pending by the run, in origin-date and time order. */
    public List<PendingItem> pending(BusinessDate d, int runNo) {
        return jdbc.query("SELECT o.*, o.origin_date own_date FROM recon_open o WHERE o.business_date = ?"
                + " AND o.run_no = ? AND o.side = 'TERMINAL' AND o.outcome = 'PENDING' ORDER BY o.origin_date, o.txn_time, o.txn_id",
                (rs, i) -> new PendingItem(MerchantId.of(rs.getString("merchant_id")),
                        new BusinessDate(SqlDates.localDate(rs, "own_date")), rs.getTimestamp("txn_time").toLocalDateTime(),
                        TerminalId.of(rs.getString("terminal_id")), rs.getString("batch_no"), Stan.of(rs.getString("stan")),
                        Rrn.of(rs.getString("rrn")), MaskedCard.of(rs.getString("card_no")),
                        CardKind.valueOf(rs.getString("card_kind")), TxnType.valueOf(rs.getString("txn_type")),
                        rs.getLong("amount_fen")), date(d), runNo);
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String sideName(Side side) {
        return side == Side.TERMINAL ? "terminal" : "bank";
    }

    private static Date date(BusinessDate d) {
        return SqlDates.date(d.value());
    }
}
