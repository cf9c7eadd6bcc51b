package com.posclearing.statement.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.runs.ReportQueries;
import com.posclearing.statement.AdjustmentLine;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.LineSpill;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.support.db.SqlDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Everything the statements step reads from the database, each a single query for the whole run (never one per
 * merchant): the merchant days, the resolution adjustments, the pending items, and — only when the reconcile spill is
 * not here — the run's lines.
 */
@Component
class StatementQueries {
    private final JdbcTemplate jdbc;
    private final ReportQueries reports;

    StatementQueries(JdbcTemplate jdbc, ReportQueries reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** A merchant_day row with the merchant's name and account: its statement header, the card kinds apart. */
    record MerchantDay(MerchantId id, String name, java.time.LocalDate valueDate, long openingFen, long salesCount,
                       long salesFen, long refundsCount, long refundsFen, long feesFen, long adjustmentsFen,
                       long netFen, long payoutFen, long closingFen, String accountLast4, boolean held) {
        StatementHeader header(BusinessDate d, List<CardKindTotal> cardKinds) {
            return new StatementHeader(id, name, d, valueDate, openingFen, salesCount, salesFen, refundsCount, refundsFen,
                    feesFen, adjustmentsFen, netFen, payoutFen, closingFen, accountLast4, held, cardKinds);
        }
    }

    /** The merchants with a statement on D: activity or a balance (SPEC 4). */
    List<MerchantDay> merchantDays(BusinessDate d, int runNo, ReferenceData ref) {
        List<MerchantDay> days = new ArrayList<>();
        jdbc.query("SELECT * FROM merchant_day WHERE business_date = ? AND run_no = ?", rs -> {
            MerchantId id = MerchantId.of(rs.getString("merchant_id"));
            Merchant m = ref.merchant(id).orElseThrow();
            days.add(new MerchantDay(id, m.name(), rs.getDate("value_date").toLocalDate(), rs.getLong("opening_fen"),
                    rs.getLong("sales_count"), rs.getLong("sales_fen"), rs.getLong("refunds_count"), rs.getLong("refunds_fen"),
                    rs.getLong("fees_fen"), rs.getLong("adjustments_fen"), rs.getLong("net_fen"), rs.getLong("payout_fen"),
                    rs.getLong("closing_fen"), m.accountLast4(), rs.getLong("held_fen") != 0));
        }, SqlDates.date(d.value()), runNo);
        return days;
    }

    /** The resolution adjustments this run applied, by merchant, each naming its original transaction (SPEC 3.4). */
    Map<MerchantId, List<AdjustmentLine>> adjustments(BusinessDate d, int runNo) {
        Map<MerchantId, List<AdjustmentLine>> out = new HashMap<>();
        jdbc.query("SELECT a.merchant_id, a.amount_fen, a.fee_fen, r.txn_date, r.terminal_id, r.rrn, r.action_code"
                + " FROM adjustment a JOIN break_record r ON r.break_id = a.break_id"
                + " WHERE a.origin_date = ? AND a.origin_run = ? ORDER BY a.adjustment_id", rs -> {
                    long netFen = rs.getLong(2);
                    long feeFen = rs.getLong(3);
                    String outcome = "PAIR".equals(rs.getString(7)) ? Outcome.MATCHED_MANUAL.name() : rs.getString(7);
                    out.computeIfAbsent(MerchantId.of(rs.getString(1)), m -> new ArrayList<>()).add(new AdjustmentLine(
                            rs.getDate(4).toLocalDate(), TerminalId.of(rs.getString(5)), Rrn.of(rs.getString(6)),
                            netFen + feeFen, feeFen, netFen, outcome));
                }, SqlDates.date(d.value()), runNo);
        return out;
    }

    /** The terminal items the run left pending, by merchant, each merchant's in origin-date and time order. */
    Map<MerchantId, List<PendingItem>> pending(BusinessDate d, int runNo) {
        Map<MerchantId, List<PendingItem>> byMerchant = new HashMap<>();
        reports.pending(d, runNo).forEach(p -> byMerchant.computeIfAbsent(p.merchantId(), m -> new ArrayList<>()).add(p));
        return byMerchant;
    }

    /**
     * The terminal records decided by the run but pending ones (they have their own sheet), in no order: what the
     * reconcile step spilled as statement lines, read back when that spill is gone. Settled lines carry amount, fee
     * and net (refunds negative); the others show their amount with no fee and no net.
     */
    void lines(BusinessDate d, int runNo, Consumer<LineSpill.Entry> sink) {
        jdbc.query("SELECT o.* FROM recon_outcome o"
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.side = 'TERMINAL' AND o.outcome <> 'PENDING'",
                (RowCallbackHandler) rs -> {
                    String outcome = rs.getString("outcome");
                    boolean settled = Outcome.valueOf(outcome).isSettled();
                    TxnType type = TxnType.valueOf(rs.getString("txn_type"));
                    long amount = type == TxnType.REFUND ? -rs.getLong("amount_fen") : rs.getLong("amount_fen");
                    long fee = rs.getLong("fee_fen");
                    sink.accept(new LineSpill.Entry(MerchantId.of(rs.getString("merchant_id")), rs.getLong("txn_id"),
                            new StatementLine(rs.getTimestamp("txn_time").toLocalDateTime(), TerminalId.of(rs.getString("terminal_id")),
                            rs.getString("batch_no"), Stan.of(rs.getString("stan")), Rrn.of(rs.getString("rrn")),
                            MaskedCard.of(rs.getString("card_no")), CardKind.valueOf(rs.getString("card_kind")), type, amount,
                            fee, settled ? amount - fee : 0, outcome)));
                }, SqlDates.date(d.value()), runNo);
    }
}
