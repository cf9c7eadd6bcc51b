package com.posclearing.reconcile.batch;

import com.posclearing.ingest.batch.TxnRows;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import com.posclearing.reconcile.Decision;
import com.posclearing.reconcile.MatchedBy;
import com.posclearing.support.db.BulkTable;
import com.posclearing.support.db.SqlDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Records and their amounts per side, outcome, match key and input file of one bucket (outcome_tally): the totals of
 * the summary, the status, the reports' trend and the per-file figures, read from a few rows per bucket instead of
 * counting every outcome of a run again (the trend alone would count those of its last 30 dates).
 */
final class OutcomeTally {
    static final BulkTable TABLE = new BulkTable("outcome_tally", "business_date, run_no, bucket, side, outcome, matched_by,"
            + " file_id, records, amount_fen");
    private final Map<Key, long[]> byKey = new HashMap<>();

    /** One row's key; a record per decision, no string built on this path (it runs once per record of the night). */
    private record Key(Side side, Outcome outcome, MatchedBy matchedBy, long fileId) {
    }

    void add(Decision decision) {
        long[] t = byKey.computeIfAbsent(new Key(decision.side(), decision.outcome(), decision.matchedBy(),
                TxnRows.fileId(decision.recordId())), k -> new long[2]);
        t[0]++;
        t[1] = Math.addExact(t[1], decision.amountFen());
    }

    List<Object[]> rows(BusinessDate d, int runNo, int bucket) {
        List<Object[]> rows = new ArrayList<>(byKey.size());
        byKey.forEach((k, t) -> rows.add(new Object[] {SqlDates.date(d.value()), runNo, bucket, k.side().name(), k.outcome().name(),
            k.matchedBy().name(), k.fileId(), t[0], t[1]}));
        return rows;
    }
}
