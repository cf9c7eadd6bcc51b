package com.posclearing.fees;

import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.refdata.RefundFee;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The merchant fee of one settled transaction (SPEC 3.2), in fen. BigDecimal with explicit HALF_UP only:
 * 3000 fen at 0.55 % is 16.5 fen and becomes 17 (HALF_EVEN would give 16).
 */
public final class FeeCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeCalculator() {
    }

    /**
     * Sales and pre-auth completions: percentage, then the cap, then the minimum, then the fixed part, never more than
     * the amount. Refunds: the percentage fee of the refunded amount (capped) given back, negative, when the plan
     * says RETURN; 0 when it says KEEP.
     *
     * @param amountFen the transaction amount, positive
     * @return the fee, positive for a sale, negative or 0 for a refund
     * @throws IllegalArgumentException for a VOID: voids cancel their sale and are never settled
     */
    public static long merchantFee(FeePlanRow plan, TxnType type, long amountFen) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(type, "type");
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amountFen must be positive, got " + amountFen);
        }
        return switch (type) {
            case SALE, PREAUTH_COMPLETE -> saleFee(plan, amountFen);
            case REFUND -> plan.refundFee() == RefundFee.KEEP ? 0 : -cappedPercentage(plan, amountFen);
            case VOID -> throw new IllegalArgumentException(
                    "a VOID has no fee: it cancels its sale and is never settled (plan " + plan.planId() + ")");
        };
    }

    /**
     * The fee of a settled terminal transaction with its merchant's plan row for its card kind.
     *
     * @throws com.posclearing.kernel.InputRejectedException when the merchant's plan has no row for the card kind
     */
    public static long merchantFee(ReferenceData refData, TerminalTxn txn) {
        FeePlanRow plan = refData.feePlanOf(txn.merchantId(), txn.cardKind());
        return merchantFee(plan, txn.txnType(), txn.amountFen());
    }

    /** What the acquirer earns on a transaction: merchant fee minus its cost to issuer and network (ACOMA field 22). */
    public static long marginFen(long merchantFeeFen, long acquirerCostFen) {
        return Math.subtractExact(merchantFeeFen, acquirerCostFen);
    }

    private static long saleFee(FeePlanRow plan, long amountFen) {
        long fee = cappedPercentage(plan, amountFen);
        if (plan.minFen().isPresent()) {
            fee = Math.max(fee, plan.minFen().getAsLong());
        }
        if (plan.fixedFen().isPresent()) {
            fee = Math.addExact(fee, plan.fixedFen().getAsLong());
        }
        // a minimum or fixed part may exceed a tiny sale; the merchant is never charged more than it took
        return Math.min(fee, amountFen);
    }

    private static long cappedPercentage(FeePlanRow plan, long amountFen) {
        long fee = BigDecimal.valueOf(amountFen)
                .multiply(plan.ratePercent())
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
        if (plan.capFen().isPresent()) {
            fee = Math.min(fee, plan.capFen().getAsLong());
        }
        return fee;
    }
}
