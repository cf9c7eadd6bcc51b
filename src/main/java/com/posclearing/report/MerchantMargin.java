package com.posclearing.report;

import com.posclearing.kernel.MerchantId;
import java.util.Objects;

/**
 * Per merchant, for operators only (SPEC 3.2): merchant fees of the settled transactions, the acquirer's cost
 * (ACOMA field 22) and the margin = fees − cost.
 */
public record MerchantMargin(MerchantId merchantId, String merchantName, long count, long feesFen,
                             long acquirerCostFen, long marginFen) {
    public MerchantMargin {
        Objects.requireNonNull(merchantId, "merchantId");
        merchantName = merchantName == null ? "" : merchantName;
        if (marginFen != feesFen - acquirerCostFen) {
            throw new IllegalArgumentException("margin of " + merchantId + ": " + marginFen + " != fees " + feesFen
                    + " - cost " + acquirerCostFen);
        }
    }

    public static MerchantMargin of(MerchantId merchantId, String merchantName, long count, long feesFen,
                                    long acquirerCostFen) {
        return new MerchantMargin(merchantId, merchantName, count, feesFen, acquirerCostFen, feesFen - acquirerCostFen);
    }
}
