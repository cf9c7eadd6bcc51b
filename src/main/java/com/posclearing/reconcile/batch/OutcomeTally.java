package com.posclearing.reconcile.batch;

import com.posclearing.ingest.batch.TxnRows;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.reconcile.Decision;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records and their amounts per side, outcome, match key and input file of one bucket (outcome_tally): the totals of
 * the summary, the status, the reports' trend and the per-file figures, read from a few rows per bucket instead of
 * counting every outcome of a run again (the trend alone would count those of its last 30 dates).
 */
final class OutcomeTally {
    static final BulkTable TABLE = new BulkTable("outcome_tally", "business_date, run_no, bucket, side, outcome, matched_by,"
            + " file_id, records, amount_fen");
    private final Map<String, Object[]> byKey = new TreeMap<>();

    void add(Decision decision) {
        long fileId = TxnRows.fileId(decision.recordId());
        String key = decision.side() + "|" + decision.outcome() + "|" + decision.matchedBy() + "|" + fileId;
        Object[] t = byKey.computeIfAbsent(key, k -> new Object[] {decision.side().name(), decision.outcome().name(),
            decision.matchedBy().name(), fileId, 0L, 0L});
        t[4] = (Long) t[4] + 1;
        t[5] = Math.addExact((Long) t[5], decision.amountFen());
    }

    List<Object[]> rows(BusinessDate d, int runNo, int bucket) {
        List<Object[]> rows = new ArrayList<>(byKey.size());
        byKey.values().forEach(t -> rows.add(new Object[] {SqlDates.date(d.value()), runNo, bucket, t[0], t[1], t[2], t[3], t[4],
            t[5]}));
        return rows;
    }
}
