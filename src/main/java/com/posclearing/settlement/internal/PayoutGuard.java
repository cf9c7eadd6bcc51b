package com.posclearing.settlement.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.payout.PayoutDecision;
import java.util.List;

/** Nothing twice: once D's payout file has gone to the bank, no run may change D's payouts. */
final class PayoutGuard {
    private PayoutGuard() {
    }

    static void apply(SettlementStore store, BusinessDate d, int runNo, List<PayoutDecision> decisions) {
        store.deliveredAt(d).ifPresent(at -> {
            throw new IllegalStateException("the payout file of " + d + " was delivered to the bank at " + at
                    + "; its payouts cannot change: enter the difference as an adjustment of the next business date");
        });
        store.replacePayouts(d, runNo, decisions);
    }
}
