package com.posclearing.payout.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.payout.MerchantDay;
import com.posclearing.payout.PayoutCalculator;
import com.posclearing.payout.PayoutDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nothing twice: once D's payout file has gone to the bank, no run may change D's payouts (SPEC 3.3). A rerun after
 * delivery keeps each merchant's net, payout and closing balance of the delivered run; what changed (Δ of the net)
 * leaves D as an adjustment of −Δ and arrives on D+1 as +Δ, both recorded against this run.
 */
final class PayoutGuard {
    static final String OUT = "RERUN_OUT";
    static final String IN = "RERUN";

    private PayoutGuard() {
    }

    static List<PayoutDecision> keepDelivered(SettlementStore store, BusinessDate d, int runNo, int deliveredRun,
            List<PayoutDecision> decisions, PayoutCalculator calculator) {
        Map<MerchantId, Long> deliveredNet = store.netOf(d, deliveredRun);
        List<PayoutDecision> kept = new ArrayList<>(decisions.size());
        for (PayoutDecision p : decisions) {
            long delta = p.netFen() - deliveredNet.getOrDefault(p.merchantId(), 0L);
            if (delta == 0) {
                kept.add(p);
                continue;
            }
            MerchantDay day = p.day();
            PayoutDecision frozen = calculator.decide(d, new MerchantDay(day.merchantId(), day.status(), day.openingFen(),
                    day.salesCount(), day.salesFen(), day.refundsCount(), day.refundsFen(), day.feesFen(),
                    Math.subtractExact(day.adjustmentsFen(), delta)));
            String why = "rerun " + runNo + " of " + d + " changed the net by " + delta + " fen after the payout file of run "
                    + deliveredRun + " was delivered";
            store.insertAdjustment(p.merchantId(), d, -delta, OUT, why, d, runNo);
            store.insertAdjustment(p.merchantId(), d.plusDays(1), delta, IN, why, d, runNo);
            kept.add(frozen);
        }
        return kept;
    }
}
