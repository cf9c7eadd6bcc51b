package com.posclearing.agents.batch;

import com.posclearing.agents.AgentMonth;
import com.posclearing.agents.ShareEntry;
import com.posclearing.kernel.RunStatus;
import com.posclearing.statement.AgentStatementLine;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The month tables of V20 (agent_month_run, agent_month, agent_payout, agent_adjustment) and what a month reads of the
 * daily accrual (agent_share) and of the nights' runs (settlement_run).
 */
@Component
class AgentMonthStore {
    private static final BulkTable AGENT_MONTH = new BulkTable("agent_month", "month_id, run_no, agent_id, status, opening_fen,"
            + " shares_fen, clawback_fen, adjustments_fen, net_fen, payout_fen, closing_fen, held_fen, value_date, decision");
    private static final BulkTable AGENT_PAYOUT = new BulkTable("agent_payout", "payout_id, month_id, agent_id, amount_fen,"
            + " value_date, run_no");
    static final String OUT = "RERUN_OUT";
    static final String IN = "RERUN";
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    AgentMonthStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** An agent's accrual of the month: shares of sales and resolutions, and claw-backs. */
    record Accrued(long sharesFen, long clawbackFen) {
    }

    /** One payout row of a month, delivered or not. */
    record PayoutRow(String payoutId, String agentId, long amountFen, LocalDate valueDate) {
    }

    /** The latest run of each date of the month that has one and has not completed, with its status. */
    Map<LocalDate, RunStatus> unsettledDates(YearMonth month) {
        Map<LocalDate, RunStatus> out = new TreeMap<>();
        jdbc.query("SELECT r.business_date, r.status FROM settlement_run r WHERE r.business_date BETWEEN ? AND ?"
                + " AND r.run_no = (SELECT MAX(x.run_no) FROM settlement_run x WHERE x.business_date = r.business_date)",
                (RowCallbackHandler) rs -> {
                    RunStatus status = RunStatus.valueOf(rs.getString(2));
                    if (!status.settled()) {
                        out.put(rs.getDate(1).toLocalDate(), status);
                    }
                }, SqlDates.date(month.atDay(1)), SqlDates.date(month.atEndOfMonth()));
        return out;
    }

    boolean settled(LocalDate date) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM settlement_run WHERE business_date = ? AND status = ?", Integer.class,
                SqlDates.date(date), RunStatus.COMPLETED.name()) > 0;
    }

    boolean hasRun(YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM agent_month_run WHERE month_id = ?", Integer.class,
                AgentMonth.compact(month)) > 0;
    }

    int startRun(YearMonth month, LocalDate runDate, String operator, String reason) {
        Integer last = jdbc.queryForObject("SELECT MAX(run_no) FROM agent_month_run WHERE month_id = ?", Integer.class,
                AgentMonth.compact(month));
        int runNo = last == null ? 1 : last + 1;
        jdbc.update("INSERT INTO agent_month_run (month_id, run_no, run_date, operator, reason, started_at)"
                + " VALUES (?,?,?,?,?,?)", AgentMonth.compact(month), runNo, SqlDates.date(runDate), operator, reason,
                Timestamp.from(Instant.now()));
        return runNo;
    }

    Map<String, Accrued> accrued(YearMonth month) {
        Map<String, Accrued> out = new HashMap<>();
        jdbc.query("SELECT agent_id, SUM(CASE WHEN entry = ? THEN 0 ELSE share_fen END),"
                + " SUM(CASE WHEN entry = ? THEN share_fen ELSE 0 END) FROM agent_share WHERE business_date BETWEEN ? AND ?"
                + " GROUP BY agent_id", (RowCallbackHandler) rs -> out.put(rs.getString(1), new Accrued(rs.getLong(2),
                        rs.getLong(3))), ShareEntry.CLAWBACK.name(), ShareEntry.CLAWBACK.name(),
                SqlDates.date(month.atDay(1)), SqlDates.date(month.atEndOfMonth()));
        return out;
    }

    /** Closing balances of the latest run of the month: the opening balances of the next month. */
    Map<String, Long> closingOf(YearMonth month) {
        return sums("SELECT agent_id, closing_fen FROM agent_month WHERE month_id = ? AND run_no ="
                + " (SELECT MAX(run_no) FROM agent_month WHERE month_id = ?) AND closing_fen <> 0", AgentMonth.compact(month),
                AgentMonth.compact(month));
    }

    /** Adjustments moved into the month by reruns of earlier months after their delivery. */
    Map<String, Long> adjustmentsInto(YearMonth month) {
        return sums("SELECT agent_id, SUM(amount_fen) FROM agent_adjustment WHERE effective_month = ? GROUP BY agent_id",
                AgentMonth.compact(month));
    }

    /** The run whose payout file of the month went to the bank, if it did. */
    Optional<Integer> deliveredRun(YearMonth month) {
        Integer run = jdbc.queryForObject("SELECT MAX(run_no) FROM agent_month_run WHERE month_id = ? AND delivered_at IS NOT NULL",
                Integer.class, AgentMonth.compact(month));
        return Optional.ofNullable(run);
    }

    Map<String, Long> netOf(YearMonth month, int runNo) {
        return sums("SELECT agent_id, net_fen FROM agent_month WHERE month_id = ? AND run_no = ?", AgentMonth.compact(month),
                runNo);
    }

    /** Every run of a month replaces what earlier runs of it moved to the next month. */
    void deleteAdjustmentsFrom(YearMonth origin) {
        jdbc.update("DELETE FROM agent_adjustment WHERE origin_month = ?", AgentMonth.compact(origin));
    }

    void insertAdjustment(String agentId, YearMonth effective, YearMonth origin, int originRun, String source, long amountFen,
            String reason) {
        jdbc.update("INSERT INTO agent_adjustment (agent_id, effective_month, origin_month, origin_run, source, amount_fen,"
                + " reason) VALUES (?,?,?,?,?,?,?)", agentId, AgentMonth.compact(effective), AgentMonth.compact(origin),
                originRun, source, amountFen, reason);
    }

    void insertMonths(int runNo, List<AgentMonth> months) {
        bulk.insert(AGENT_MONTH, months.stream().map(m -> new Object[] {AgentMonth.compact(m.month()), runNo, m.agentId(),
            m.status().name(), m.openingFen(), m.sharesFen(), m.clawbackFen(), m.adjustmentsFen(), m.netFen(), m.payoutFen(),
            m.closingFen(), m.heldFen(), SqlDates.date(m.valueDate()), m.reason().name()}).toList());
    }

    /** Makes the month's payout rows say what this run decided, under the same ids; only while undelivered. */
    void replacePayouts(YearMonth month, int runNo, List<AgentMonth> months) {
        jdbc.update("DELETE FROM agent_payout WHERE month_id = ? AND delivered_at IS NULL", AgentMonth.compact(month));
        bulk.insert(AGENT_PAYOUT, months.stream().filter(AgentMonth::paid).map(m -> new Object[] {m.payoutId(),
            AgentMonth.compact(month), m.agentId(), m.payoutFen(), SqlDates.date(m.valueDate()), runNo}).toList());
    }

    List<PayoutRow> payoutsOf(YearMonth month) {
        return jdbc.query("SELECT payout_id, agent_id, amount_fen, value_date FROM agent_payout WHERE month_id = ?"
                + " ORDER BY payout_id", (rs, i) -> new PayoutRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getDate(4).toLocalDate()), AgentMonth.compact(month));
    }

    /** Freezes the month's figures and payouts as run N delivered them: no later run may change them. */
    void markDelivered(YearMonth month, int runNo, Instant at) {
        jdbc.update("UPDATE agent_month_run SET delivered_at = ? WHERE month_id = ? AND run_no = ?", Timestamp.from(at),
                AgentMonth.compact(month), runNo);
        jdbc.update("UPDATE agent_payout SET delivered_at = ? WHERE month_id = ? AND delivered_at IS NULL",
                Timestamp.from(at), AgentMonth.compact(month));
    }

    /** The statement lines of one agent's month: its accrual per merchant, card kind and entry, then its adjustments. */
    Map<String, List<AgentStatementLine>> statementLines(YearMonth month, Map<String, String> merchantNames) {
        Map<String, List<AgentStatementLine>> out = new HashMap<>();
        jdbc.query("SELECT agent_id, merchant_id, card_kind, entry, SUM(txn_count), SUM(amount_fen), SUM(fee_fen),"
                + " SUM(cost_fen), SUM(share_fen) FROM agent_share WHERE business_date BETWEEN ? AND ?"
                + " GROUP BY agent_id, merchant_id, card_kind, entry ORDER BY agent_id, merchant_id, card_kind, entry",
                (RowCallbackHandler) rs -> out.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(
                        new AgentStatementLine(rs.getString(2), merchantNames.get(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9))),
                SqlDates.date(month.atDay(1)), SqlDates.date(month.atEndOfMonth()));
        jdbc.query("SELECT agent_id, source, amount_fen FROM agent_adjustment WHERE effective_month = ?"
                + " ORDER BY agent_id, origin_month, source", (RowCallbackHandler) rs -> out.computeIfAbsent(rs.getString(1),
                        a -> new ArrayList<>()).add(new AgentStatementLine("", "", "", rs.getString(2), 0, 0, 0, 0,
                                rs.getLong(3))), AgentMonth.compact(month));
        return out;
    }

    private Map<String, Long> sums(String sql, Object... args) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs -> out.put(rs.getString(1), rs.getLong(2)), args);
        return out;
    }
}
