package com.posclearing.resolution;

import com.posclearing.kernel.MerchantId;

/**
 * The money of an applied resolution, an adjustment of the date being settled (SPEC 3.4).
 *
 * @param amountFen signed credit to the merchant: the settled amount less its fee (a refund debits)
 * @param feeFen    the merchant fee by its plan (SPEC 3.2), already taken off {@code amountFen}
 * @param text      names the resolution and the original transaction (date, RRN), for the statement
 * @param approvedBy the checker who approved it, recorded as the adjustment's creator
 */
public record ResolutionAdjustment(BreakId breakId, MerchantId merchantId, long amountFen, long feeFen, String text,
        String approvedBy) {
}
