package com.posclearing.agents;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shares of one business date, summed per agent, merchant, card kind and entry as transactions are added, with
 * the day's totals for the invariant. Not thread-safe: one step fills it.
 */
public final class DailyAccrual {
    private record Key(String agentId, MerchantId merchantId, CardKind cardKind, ShareEntry entry) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::agentId).thenComparing(Key::merchantId)
            .thenComparing(Key::cardKind).thenComparing(Key::entry);

    private final Map<Key, AccrualRow> rows = new TreeMap<>(ORDER);
    private long feesFen;
    private long sharesFen;
    private long keepFen;
    private long networkCostFen;
    private long txnCount;

    /**
     * @param amountFen      signed: a refund's amount is negative
     * @param networkCostFen what the acquirer pays issuer and network for it (ACOMA field 22); 0 when unknown
     */
    public void add(MerchantId merchant, CardKind kind, ShareEntry entry, long amountFen, long networkCostFen,
            TxnShares shares) {
        txnCount++;
        feesFen = Math.addExact(feesFen, shares.feeFen());
        keepFen = Math.addExact(keepFen, shares.acquirerKeepFen());
        this.networkCostFen = Math.addExact(this.networkCostFen, networkCostFen);
        for (AgentShare s : shares.agents()) {
            sharesFen = Math.addExact(sharesFen, s.shareFen());
            boolean inverted = entry != ShareEntry.CLAWBACK && s.shareFen() < 0;
            rows.merge(new Key(s.agentId(), merchant, kind, entry),
                    new AccrualRow(s.agentId(), merchant, kind, entry, s.level(), 1, amountFen, shares.feeFen(), s.costFen(),
                            s.shareFen(), inverted ? 1 : 0, inverted ? s.shareFen() : 0), AccrualRow::plus);
        }
    }

    /** Rows ordered by agent, merchant, card kind and entry. */
    public List<AccrualRow> rows() {
        return new ArrayList<>(rows.values());
    }

    /** Every agent with a share today, ordered by id. */
    public List<AgentTotal> agentTotals() {
        return AgentTotal.of(rows.values());
    }

    public long txnCount() {
        return txnCount;
    }

    /** The fees of the transactions added, as this accrual saw them. */
    public long feesFen() {
        return feesFen;
    }

    /** The invariant against the merchant fees settled for the date by the settle step. */
    public ShareInvariant invariant(long merchantFeesFen) {
        return new ShareInvariant(merchantFeesFen, sharesFen, keepFen, networkCostFen);
    }
}
