package com.posclearing.report;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payout instruction to the bank (SPEC 3.3): pay {@code amountFen} to the merchant's account on the value date.
 *
 * @param payoutId {@code P{yyyyMMdd}{merchantId}}: stable, so a rerun of D never issues a second payout id
 */
public record PayoutLine(
        String payoutId,
        MerchantId merchantId,
        String accountNo,
        String accountName,
        String bankCode,
        long amountFen,
        LocalDate valueDate) {

    public PayoutLine {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(valueDate, "valueDate");
        if (payoutId == null || !payoutId.matches("P\\d{8}" + merchantId.value())) {
            throw new IllegalArgumentException("payout of " + merchantId + ": payoutId must be P{yyyyMMdd}{merchantId}, got '"
                    + payoutId + "'");
        }
        if (amountFen <= 0) {
            throw new IllegalArgumentException("payout " + payoutId + ": amount must be positive (a payout of 0 is not written), got "
                    + amountFen);
        }
        if (accountNo == null || accountNo.isBlank() || bankCode == null || bankCode.isBlank()) {
            throw new IllegalArgumentException("payout " + payoutId + ": account number and bank code are required");
        }
        accountName = accountName == null ? "" : accountName;
    }

    public static String payoutId(BusinessDate date, MerchantId merchant) {
        return "P" + date.compact() + merchant.value();
    }

    public static PayoutLine of(BusinessDate date, MerchantId merchant, String accountNo, String accountName,
                                String bankCode, long amountFen, LocalDate valueDate) {
        return new PayoutLine(payoutId(date, merchant), merchant, accountNo, accountName, bankCode, amountFen, valueDate);
    }
}
