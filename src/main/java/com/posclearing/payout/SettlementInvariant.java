package com.posclearing.payout;

/**
 * The run-level check of SPEC 3.3, written to the summary:
 * {@code Σ sales − Σ refunds = Σ fees + Σ payouts + Σ (closing − opening) − Σ adjustments}.
 * The totals may come from different steps (reconciliation for sales and refunds, the payout step for the rest), which
 * is what makes the check worth doing. Add merchants one by one with {@link #plus}; start from {@link #ZERO}.
 *
 * @param leftFen  Σ sales − Σ refunds
 * @param rightFen Σ fees + Σ payouts + Σ closing − Σ opening − Σ adjustments
 */
public record SettlementInvariant(
        long salesFen,
        long refundsFen,
        long feesFen,
        long payoutsFen,
        long payoutsCount,
        long openingFen,
        long closingFen,
        long heldFen,
        long adjustmentsFen,
        long leftFen,
        long rightFen) {

    public static final SettlementInvariant ZERO = of(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public SettlementInvariant {
        if (leftFen != left(salesFen, refundsFen)
                || rightFen != right(feesFen, payoutsFen, openingFen, closingFen, adjustmentsFen)) {
            throw new IllegalArgumentException("the two sides must be computed from the totals; use of(...)");
        }
    }

    public static SettlementInvariant of(long salesFen, long refundsFen, long feesFen, long payoutsFen, long payoutsCount,
            long openingFen, long closingFen, long heldFen, long adjustmentsFen) {
        return new SettlementInvariant(salesFen, refundsFen, feesFen, payoutsFen, payoutsCount, openingFen, closingFen,
                heldFen, adjustmentsFen, left(salesFen, refundsFen),
                right(feesFen, payoutsFen, openingFen, closingFen, adjustmentsFen));
    }

    /** These totals plus one merchant's decision. */
    public SettlementInvariant plus(PayoutDecision p) {
        MerchantDay d = p.day();
        return of(Math.addExact(salesFen, d.salesFen()), Math.addExact(refundsFen, d.refundsFen()),
                Math.addExact(feesFen, d.feesFen()), Math.addExact(payoutsFen, p.payoutFen()),
                payoutsCount + (p.paid() ? 1 : 0), Math.addExact(openingFen, d.openingFen()),
                Math.addExact(closingFen, p.closingFen()), Math.addExact(heldFen, p.heldFen()),
                Math.addExact(adjustmentsFen, d.adjustmentsFen()));
    }

    public static SettlementInvariant of(Iterable<PayoutDecision> decisions) {
        SettlementInvariant total = ZERO;
        for (PayoutDecision p : decisions) {
            total = total.plus(p);
        }
        return total;
    }

    public boolean balanced() {
        return leftFen == rightFen;
    }

    /** Stops the run: a settlement that does not balance must not produce a payout file. */
    public SettlementInvariant requireBalanced() {
        if (!balanced()) {
            throw new IllegalStateException("settlement does not balance: sales − refunds = " + leftFen
                    + " fen but fees + payouts + (closing − opening) − adjustments = " + rightFen + " fen");
        }
        return this;
    }

    private static long left(long sales, long refunds) {
        return Math.subtractExact(sales, refunds);
    }

    private static long right(long fees, long payouts, long opening, long closing, long adjustments) {
        return Math.subtractExact(Math.addExact(Math.addExact(fees, payouts), Math.subtractExact(closing, opening)),
                adjustments);
    }
}
