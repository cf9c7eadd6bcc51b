package com.posclearing.statement;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The summary of one merchant's statement for business date D (SPEC 3.3). The constructor refuses a summary
 * whose figures do not add up: {@code net = opening + sales - refunds - fees + adjustments} and
 * {@code closing = net - payout}.
 *
 * @param valueDate     the day the bank pays (T+1 working day)
 * @param salesFen      settled sales and pre-auth completions, positive
 * @param refundsFen    settled refunds, positive
 * @param feesFen       merchant fees, net of returned refund fees
 * @param payoutFen     paid on the value date; 0 when held or below the minimum payout
 * @param accountLast4  last 4 characters of the settlement account, never the whole account
 * @param held          true when the merchant is FROZEN and the balance is held
 * @param cardKinds     breakdown by card kind, in the order to print
 */
public record StatementHeader(
        MerchantId merchantId,
        String merchantName,
        BusinessDate businessDate,
        LocalDate valueDate,
        long openingFen,
        long salesCount,
        long salesFen,
        long refundCount,
        long refundsFen,
        long feesFen,
        long adjustmentsFen,
        long netFen,
        long payoutFen,
        long closingFen,
        String accountLast4,
        boolean held,
        List<CardKindTotal> cardKinds) {

    public StatementHeader {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(valueDate, "valueDate");
        merchantName = merchantName == null ? "" : merchantName;
        cardKinds = List.copyOf(cardKinds);
        String who = "statement of " + merchantId + " for " + businessDate + ": ";
        if (salesCount < 0 || refundCount < 0 || salesFen < 0 || refundsFen < 0 || payoutFen < 0) {
            throw new IllegalArgumentException(who + "counts, sales, refunds and payout must not be negative");
        }
        if (netFen != openingFen + salesFen - refundsFen - feesFen + adjustmentsFen) {
            throw new IllegalArgumentException(who + "net " + netFen + " != opening " + openingFen + " + sales " + salesFen
                    + " - refunds " + refundsFen + " - fees " + feesFen + " + adjustments " + adjustmentsFen);
        }
        if (closingFen != netFen - payoutFen) {
            throw new IllegalArgumentException(who + "closing " + closingFen + " != net " + netFen + " - payout " + payoutFen);
        }
        if (held && payoutFen != 0) {
            throw new IllegalArgumentException(who + "a held balance pays nothing, got payout " + payoutFen);
        }
        if (accountLast4 == null || !accountLast4.matches("[0-9A-Za-z]{0,4}")) {
            throw new IllegalArgumentException(who + "accountLast4 must be at most 4 alphanumerics");
        }
    }

    /** The last 4 characters of a settlement account number (the statement never shows more). */
    public static String last4(String accountNo) {
        if (accountNo == null) {
            return "";
        }
        String trimmed = accountNo.strip();
        return trimmed.substring(Math.max(0, trimmed.length() - 4));
    }
}
