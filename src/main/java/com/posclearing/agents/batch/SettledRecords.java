package com.posclearing.agents.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TxnType;
import com.posclearing.support.db.SqlDates;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What sharing reads of a run's settlement, and the only place it reads the reconcile and settle tables
 * ({@code recon_settled}, {@code recon_outcome}, {@code merchant_day}, {@code adjustment}, {@code break_record}), so a
 * change in how settled records are stored is made here alone.
 */
@Component
public class SettledRecords {
    private final JdbcTemplate jdbc;

    SettledRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A settled terminal transaction.
     *
     * @param networkCostFen the acquirer's cost to issuer and network (ACOMA field 22)
     * @param saleAmountFen  for a refund, the amount of the sale it refunds (same terminal, original RRN and date), or
     *                       0 when that sale is not in the database
     */
    record Txn(MerchantId merchantId, TxnType type, CardKind cardKind, long amountFen, long feeFen, long networkCostFen,
            long saleAmountFen) {
    }

    /** An applied resolution's adjustment: the transaction it settles, at the settled amount and fee. */
    record Resolution(MerchantId merchantId, TxnType type, CardKind cardKind, long amountFen, long feeFen) {
    }

    void forEachSettled(BusinessDate d, int runNo, Consumer<Txn> sink) {
        jdbc.query("SELECT o.merchant_id, o.txn_type, o.card_kind, o.amount_fen, o.fee_fen, o.cost_fen,"
                + " CASE WHEN o.txn_type = 'REFUND' THEN (SELECT MIN(s.amount_fen) FROM recon_outcome s"
                // the sale is decided by a run of its own date (any run: its amount is the same in each); the bucket is
                // the terminal's hash: it adds nothing to the match but lets the key's (business_date, bucket) prefix
                // narrow the probe to one bucket of the sale's date (there is no (terminal_id, rrn) index)
                + " WHERE s.business_date = o.orig_txn_date AND s.bucket = o.bucket AND s.side = 'TERMINAL'"
                + " AND s.origin_date = o.orig_txn_date AND s.terminal_id = o.terminal_id AND s.rrn = o.orig_rrn"
                + " AND s.txn_type IN ('SALE', 'PREAUTH_COMPLETE')) END sale_fen"
                + " FROM recon_settled o"
                // recon_settled holds only settled outcomes (V28): no outcome filter
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.side = 'TERMINAL' ORDER BY o.txn_id", (RowCallbackHandler) rs -> sink.accept(
                        new Txn(MerchantId.of(rs.getString(1)), TxnType.valueOf(rs.getString(2)),
                                CardKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))),
                SqlDates.date(d.value()), runNo);
    }

    /** The resolutions applied by run N of D; a bank-only record has no card kind and is priced as DEBIT, like its fee. */
    void forEachResolution(BusinessDate d, int runNo, Consumer<Resolution> sink) {
        jdbc.query("SELECT a.merchant_id, b.txn_type, b.card_kind, a.amount_fen, a.fee_fen FROM adjustment a"
                + " JOIN break_record b ON b.break_id = a.break_id"
                + " WHERE a.origin_date = ? AND a.origin_run = ? AND a.source = 'RESOLUTION' ORDER BY a.adjustment_id",
                (RowCallbackHandler) rs -> {
                    TxnType type = TxnType.valueOf(rs.getString(2));
                    String kind = rs.getString(3);
                    long feeFen = rs.getLong(5);
                    // the adjustment credits the settled amount less its fee (a refund debits): the amount is |credit + fee|
                    long grossFen = Math.abs(Math.addExact(rs.getLong(4), feeFen));
                    sink.accept(new Resolution(MerchantId.of(rs.getString(1)), type,
                            kind == null ? CardKind.DEBIT : CardKind.valueOf(kind), grossFen, feeFen));
                }, SqlDates.date(d.value()), runNo);
    }

    /** Σ merchant fees of run N of D as the settle step booked them: the merchants' days plus the resolutions'. */
    long merchantFeesFen(BusinessDate d, int runNo) {
        Long days = jdbc.queryForObject("SELECT COALESCE(SUM(fees_fen), 0) FROM merchant_day WHERE business_date = ?"
                + " AND run_no = ?", Long.class, SqlDates.date(d.value()), runNo);
        Long resolutions = jdbc.queryForObject("SELECT COALESCE(SUM(fee_fen), 0) FROM adjustment WHERE origin_date = ?"
                + " AND origin_run = ? AND source = 'RESOLUTION'", Long.class, SqlDates.date(d.value()), runNo);
        return Math.addExact(days, resolutions);
    }
}
