package com.posclearing.report;

import java.util.Objects;

/**
 * Money of the run (SPEC 3.3) and its invariant:
 * {@code Σ sales − Σ refunds = Σ fees + Σ payouts + Σ (closing − opening) − Σ adjustments}.
 * {@code invariantLeftFen} and {@code invariantRightFen} are the two sides; use {@link #of} to compute them.
 *
 * @param closingFen balances carried to the next date (held ones included)
 * @param heldFen    the part of closingFen held for FROZEN merchants
 * @param marginFen  merchant fees minus the acquirer's cost (operators only)
 */
public record SettlementSummary(
        long salesFen,
        long refundsFen,
        long feesFen,
        long adjustmentsFen,
        PayoutTotal payouts,
        long openingFen,
        long closingFen,
        long heldFen,
        long marginFen,
        long invariantLeftFen,
        long invariantRightFen,
        boolean balanced) {

    public SettlementSummary {
        Objects.requireNonNull(payouts, "payouts");
        if (invariantLeftFen != salesFen - refundsFen
                || invariantRightFen != feesFen + payouts.totalFen() + (closingFen - openingFen) - adjustmentsFen) {
            throw new IllegalArgumentException("invariant sides do not follow from the figures; build with SettlementSummary.of");
        }
        if (balanced != (invariantLeftFen == invariantRightFen)) {
            throw new IllegalArgumentException("balanced=" + balanced + " but left " + invariantLeftFen + ", right " + invariantRightFen);
        }
    }

    /** Computes both sides of the invariant and {@code balanced}. */
    public static SettlementSummary of(long salesFen, long refundsFen, long feesFen, long adjustmentsFen,
                                       PayoutTotal payouts, long openingFen, long closingFen, long heldFen,
                                       long marginFen) {
        long left = Math.subtractExact(salesFen, refundsFen);
        long right = Math.subtractExact(Math.addExact(Math.addExact(feesFen, payouts.totalFen()),
                Math.subtractExact(closingFen, openingFen)), adjustmentsFen);
        return new SettlementSummary(salesFen, refundsFen, feesFen, adjustmentsFen, payouts, openingFen, closingFen,
                heldFen, marginFen, left, right, left == right);
    }
}
