package com.posclearing.reconcile.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TxnType;
import com.posclearing.reconcile.Decision;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the settle step adds up, per merchant of one bucket (merchant_tally): settled sales and refunds, merchant fees
 * and margins. Summed here, where every decided terminal record passes once, so settle reads a row per merchant and
 * bucket instead of every outcome of the run. A merchant with only pending items or breaks has a row of zeros: it
 * still gets its statement.
 */
final class MerchantTally {
    static final BulkTable TABLE = new BulkTable("merchant_tally", "business_date, run_no, bucket, merchant_id, sales_count,"
            + " sales_fen, refunds_count, refunds_fen, fees_fen, margin_fen");
    private static final int SALES = 0;
    private static final int REFUNDS = 2;
    private static final int FEES = 4;
    private static final int MARGIN = 5;
    private final Map<String, long[]> byMerchant = new HashMap<>();

    /** A decided terminal record with the fee and acquirer cost reconcile gave it (both 0 unless it settled). */
    void add(Decision decision, MerchantId merchant, TxnType type, long feeFen, long costFen) {
        long[] s = byMerchant.computeIfAbsent(merchant.value(), m -> new long[6]);
        if (decision.outcome().isSettled()) {
            int at = type == TxnType.REFUND ? REFUNDS : SALES;
            s[at]++;
            s[at + 1] = Math.addExact(s[at + 1], decision.amountFen());
        }
        s[FEES] = Math.addExact(s[FEES], feeFen);
        s[MARGIN] = Math.addExact(s[MARGIN], Math.subtractExact(feeFen, costFen));
    }

    List<Object[]> rows(BusinessDate d, int runNo, int bucket) {
        List<Object[]> rows = new ArrayList<>(byMerchant.size());
        byMerchant.forEach((merchant, s) -> rows.add(new Object[] {SqlDates.date(d.value()), runNo, bucket, merchant, s[SALES],
            s[SALES + 1], s[REFUNDS], s[REFUNDS + 1], s[FEES], s[MARGIN]}));
        return rows;
    }
}
