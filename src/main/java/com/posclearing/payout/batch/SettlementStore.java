package com.posclearing.payout.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.payout.PayoutDecision;
import com.posclearing.resolution.ResolutionAdjustment;
import com.posclearing.support.db.BulkInsert;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.IdCounter;
import com.posclearing.support.db.SqlDates;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** merchant_day (balances and decisions per run), payout (one id per date and merchant) and adjustments. */
@Component
public final class SettlementStore {
    private static final BulkTable MERCHANT_DAY = new BulkTable("merchant_day", "business_date, run_no, merchant_id, status,"
            + " opening_fen, sales_count, sales_fen, refunds_count, refunds_fen, fees_fen, adjustments_fen, net_fen, payout_fen,"
            + " closing_fen, held_fen, margin_fen, value_date, decision");
    private static final BulkTable PAYOUT = new BulkTable("payout", "payout_id, business_date, merchant_id, amount_fen, value_date,"
            + " run_no");
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final IdCounter ids;

    public SettlementStore(JdbcTemplate jdbc, BulkInsert bulk, IdCounter ids) {
        this.ids = ids;
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void deleteRun(BusinessDate d, int runNo) {
        jdbc.update("DELETE FROM merchant_day WHERE business_date = ? AND run_no = ?", SqlDates.date(d.value()), runNo);
    }

    /** Closing balances of a run: the opening balances of the next date. */
    Map<MerchantId, Long> closingOf(BusinessDate d, int runNo) {
        Map<MerchantId, Long> out = new HashMap<>();
        jdbc.query("SELECT merchant_id, closing_fen FROM merchant_day WHERE business_date = ? AND run_no = ? AND closing_fen <> 0",
                rs -> {
                    out.put(MerchantId.of(rs.getString(1)), rs.getLong(2));
                }, SqlDates.date(d.value()), runNo);
        return out;
    }

    Map<MerchantId, Long> adjustmentsOn(BusinessDate d) {
        Map<MerchantId, Long> out = new HashMap<>();
        jdbc.query("SELECT merchant_id, SUM(amount_fen) FROM adjustment WHERE effective_date = ? GROUP BY merchant_id",
                rs -> {
                    out.put(MerchantId.of(rs.getString(1)), rs.getLong(2));
                }, SqlDates.date(d.value()));
        return out;
    }

    /** Net balances of a run per merchant: what a rerun after delivery compares itself with. */
    Map<MerchantId, Long> netOf(BusinessDate d, int runNo) {
        Map<MerchantId, Long> out = new HashMap<>();
        jdbc.query("SELECT merchant_id, net_fen FROM merchant_day WHERE business_date = ? AND run_no = ?",
                rs -> {
                    out.put(MerchantId.of(rs.getString(1)), rs.getLong(2));
                }, SqlDates.date(d.value()), runNo);
        return out;
    }

    /** Removes the adjustments an earlier attempt of this run made, so a restart does not add them twice. */
    void deleteAdjustmentsOf(BusinessDate originDate, int originRun) {
        jdbc.update("DELETE FROM adjustment WHERE origin_date = ? AND origin_run = ?", SqlDates.date(originDate.value()), originRun);
    }

    void insertAdjustment(MerchantId merchant, BusinessDate effective, long amountFen, String source, String reason,
            BusinessDate originDate, int originRun) {
        insertAdjustment(merchant, effective, amountFen, source, reason, originDate, originRun, "rerun");
    }

    private void insertAdjustment(MerchantId merchant, BusinessDate effective, long amountFen, String source, String reason,
            BusinessDate originDate, int originRun, String createdBy) {
        jdbc.update("INSERT INTO adjustment (adjustment_id, merchant_id, effective_date, amount_fen, source, reason, created_by,"
                + " created_at, origin_date, origin_run) VALUES (?,?,?,?,?,?,?,?,?,?)", ids.next(IdCounter.ADJUSTMENT), merchant.value(),
                SqlDates.date(effective.value()), amountFen, source, reason, createdBy, new Timestamp(System.currentTimeMillis()),
                SqlDates.date(originDate.value()), originRun);
    }

    /** A resolution's adjustment (SPEC 3.4), recorded against the run that applied it like a rerun's own. */
    void insertResolutionAdjustment(ResolutionAdjustment a, BusinessDate d, int runNo) {
        insertAdjustment(a.merchantId(), d, a.amountFen(), "RESOLUTION", a.text(), d, runNo, a.approvedBy());
        jdbc.update("UPDATE adjustment SET break_id = ?, fee_fen = ? WHERE origin_date = ? AND origin_run = ? AND reason = ?",
                a.breakId().value(), a.feeFen(), SqlDates.date(d.value()), runNo, a.text());
    }

    void insertDays(int runNo, List<PayoutDecision> decisions, Map<MerchantId, Long> marginByMerchant) {
        List<Object[]> rows = decisions.stream().map(p -> new Object[] {SqlDates.date(p.businessDate().value()), runNo,
            p.merchantId().value(), p.day().status().name(), p.day().openingFen(), p.day().salesCount(), p.day().salesFen(),
            p.day().refundsCount(), p.day().refundsFen(), p.day().feesFen(), p.day().adjustmentsFen(), p.netFen(),
            p.payoutFen(), p.closingFen(), p.heldFen(), marginByMerchant.getOrDefault(p.merchantId(), 0L),
            SqlDates.date(p.valueDate()), p.reason().name()}).toList();
        bulk.insert(MERCHANT_DAY, rows);
    }

    public record PayoutRow(String payoutId, MerchantId merchantId, long amountFen, java.time.LocalDate valueDate, int runNo,
            Timestamp deliveredAt) {
    }

    public List<PayoutRow> payoutsOf(BusinessDate d) {
        return jdbc.query("SELECT * FROM payout WHERE business_date = ? ORDER BY payout_id", (rs, i) -> new PayoutRow(
                rs.getString("payout_id"), MerchantId.of(rs.getString("merchant_id")), rs.getLong("amount_fen"),
                rs.getDate("value_date").toLocalDate(), rs.getInt("run_no"), rs.getTimestamp("delivered_at")),
                SqlDates.date(d.value()));
    }

    /** The run whose payout file of D went to the bank, if it did. */
    Optional<Integer> deliveredRun(BusinessDate d) {
        return jdbc.query("SELECT MAX(run_no) FROM payout WHERE business_date = ? AND delivered_at IS NOT NULL",
                (rs, i) -> {
                    int run = rs.getInt(1);
                    return rs.wasNull() ? null : run;
                }, SqlDates.date(d.value())).stream().filter(r -> r != null).findFirst();
    }

    /**
     * Makes the payout table of D say what this run decided, keeping each merchant's payout id (P{date}{merchant}):
     * a rerun before delivery replaces the rows under the same ids. Only called while D's payout file is undelivered.
     */
    void replacePayouts(BusinessDate d, int runNo, List<PayoutDecision> decisions) {
        jdbc.update("DELETE FROM payout WHERE business_date = ? AND delivered_at IS NULL", SqlDates.date(d.value()));
        List<Object[]> rows = decisions.stream().filter(PayoutDecision::paid).map(p -> new Object[] {p.payoutId().orElseThrow(),
            SqlDates.date(d.value()), p.merchantId().value(), p.payoutFen(), SqlDates.date(p.valueDate()), runNo}).toList();
        bulk.insert(PAYOUT, rows);
    }
}
