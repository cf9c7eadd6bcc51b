package com.posclearing.payout;

import com.posclearing.kernel.MerchantId;
import com.posclearing.refdata.MerchantStatus;
import java.util.Objects;

/**
 * One merchant's money on business date D: what was carried in and what was settled on D.
 *
 * @param openingFen     balance carried from earlier dates, may be negative
 * @param salesFen       settled SALE and PREAUTH_COMPLETE amounts
 * @param refundsFen     settled REFUND amounts, positive
 * @param feesFen        merchant fees of the settled transactions: sale fees minus returned refund fees, may be negative
 * @param adjustmentsFen operator adjustments effective on D, signed (positive credits the merchant)
 */
public record MerchantDay(
        MerchantId merchantId,
        MerchantStatus status,
        long openingFen,
        long salesCount,
        long salesFen,
        long refundsCount,
        long refundsFen,
        long feesFen,
        long adjustmentsFen) {

    public MerchantDay {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(status, "status");
        requireCounted(merchantId, "sales", salesCount, salesFen);
        requireCounted(merchantId, "refunds", refundsCount, refundsFen);
    }

    /** {@code opening + sales − refunds − fees + adjustments}, overflow checked. */
    public long netFen() {
        long net = Math.addExact(openingFen, salesFen);
        net = Math.subtractExact(net, refundsFen);
        net = Math.subtractExact(net, feesFen);
        return Math.addExact(net, adjustmentsFen);
    }

    /** False for a merchant with no activity and no balance: it gets no statement (SPEC 3.3). */
    public boolean hasActivity() {
        return salesCount > 0 || refundsCount > 0 || openingFen != 0 || adjustmentsFen != 0 || feesFen != 0;
    }

    private static void requireCounted(MerchantId id, String what, long count, long fen) {
        if (count < 0 || fen < 0) {
            throw new IllegalArgumentException(what + " of merchant " + id + " must not be negative: " + count + " / " + fen);
        }
        if (count == 0 && fen != 0) {
            throw new IllegalArgumentException(what + " of merchant " + id + ": " + fen + " fen without any transaction");
        }
    }
}
