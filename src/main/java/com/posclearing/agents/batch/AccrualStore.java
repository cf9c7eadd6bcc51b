package com.posclearing.agents.batch;

import com.posclearing.agents.AccrualRow;
import com.posclearing.agents.AgentTotal;
import com.posclearing.agents.DailyAccrual;
import com.posclearing.agents.ShareEntry;
import com.posclearing.agents.ShareInvariant;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** agent_share and agent_day: one accrual per business date, replaced whole by a rerun or restart. */
@Component
public class AccrualStore {
    private static final BulkTable AGENT_SHARE = new BulkTable("agent_share", "business_date, run_no, agent_id, merchant_id,"
            + " card_kind, entry, level_no, txn_count, amount_fen, fee_fen, cost_fen, share_fen, inverted_count, inverted_fen");
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    AccrualStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** The day's totals as stored, with the run that wrote them. */
    record Day(int runNo, long txnCount, ShareInvariant invariant) {
    }

    void replace(BusinessDate d, int runNo, DailyAccrual accrual, ShareInvariant invariant) {
        jdbc.update("DELETE FROM agent_share WHERE business_date = ?", SqlDates.date(d.value()));
        jdbc.update("DELETE FROM agent_day WHERE business_date = ?", SqlDates.date(d.value()));
        bulk.insert(AGENT_SHARE, accrual.rows().stream().map(r -> new Object[] {SqlDates.date(d.value()), runNo, r.agentId(),
            r.merchantId().value(), r.cardKind().name(), r.entry().name(), r.level(), r.txnCount(), r.amountFen(), r.feeFen(),
            r.costFen(), r.shareFen(), r.invertedCount(), r.invertedFen()}).toList());
        jdbc.update("INSERT INTO agent_day (business_date, run_no, txn_count, merchant_fees_fen, agent_shares_fen,"
                + " acquirer_keep_fen, network_cost_fen, balanced) VALUES (?,?,?,?,?,?,?,?)", SqlDates.date(d.value()), runNo,
                accrual.txnCount(), invariant.merchantFeesFen(), invariant.agentSharesFen(), invariant.acquirerKeepFen(),
                invariant.networkCostFen(), invariant.balanced() ? "Y" : "N");
    }

    /** What run N of D shared: the invariant and each agent's total, for the summary and the report. */
    public record Sharing(ShareInvariant invariant, long txnCount, List<AgentTotal> byAgent) {
    }

    /** The sharing of run N of D, if that run wrote D's accrual. */
    public Optional<Sharing> sharing(BusinessDate d, int runNo) {
        return day(d, runNo).map(day -> new Sharing(day.invariant(), day.txnCount(), AgentTotal.of(rows(d))));
    }

    /** The accrual of D if run N wrote it. */
    Optional<Day> day(BusinessDate d, int runNo) {
        return jdbc.query("SELECT run_no, txn_count, merchant_fees_fen, agent_shares_fen, acquirer_keep_fen, network_cost_fen"
                + " FROM agent_day WHERE business_date = ? AND run_no = ?", (rs, i) -> new Day(rs.getInt(1), rs.getLong(2),
                        new ShareInvariant(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))),
                SqlDates.date(d.value()), runNo).stream().findFirst();
    }

    List<AccrualRow> rows(BusinessDate d) {
        return jdbc.query("SELECT agent_id, merchant_id, card_kind, entry, level_no, txn_count, amount_fen, fee_fen, cost_fen,"
                + " share_fen, inverted_count, inverted_fen FROM agent_share WHERE business_date = ?"
                + " ORDER BY agent_id, merchant_id, card_kind, entry", (rs, i) -> new AccrualRow(rs.getString(1),
                        MerchantId.of(rs.getString(2)), CardKind.valueOf(rs.getString(3)), ShareEntry.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12)), SqlDates.date(d.value()));
    }
}
