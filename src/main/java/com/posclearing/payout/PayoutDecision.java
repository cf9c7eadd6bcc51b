package com.posclearing.payout;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one merchant is paid for business date D and what is carried to D+1. Always {@code net = payout + closing}.
 *
 * @param day         the inputs the decision was made from
 * @param netFen      opening + sales − refunds − fees + adjustments
 * @param payoutFen   paid to the merchant's account on the value date; 0 = no payout (not written to the payout file)
 * @param closingFen  carried to the next business date as its opening balance
 * @param heldFen     the part of the closing balance withheld because the merchant is FROZEN or CLOSED; 0 otherwise
 * @param valueDate   the first working day after D, the day the bank pays
 */
public record PayoutDecision(
        BusinessDate businessDate,
        MerchantDay day,
        long netFen,
        long payoutFen,
        long closingFen,
        long heldFen,
        LocalDate valueDate,
        PayoutReason reason) {

    public PayoutDecision {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(reason, "reason");
        // asserted where the money moves: a decision that loses or creates a fen must never reach a payout file
        if (netFen != day.netFen() || Math.addExact(payoutFen, closingFen) != netFen) {
            throw new IllegalStateException("payout of merchant " + day.merchantId() + " on " + businessDate
                    + " does not balance: net " + netFen + " (from inputs " + day.netFen() + ") != payout " + payoutFen
                    + " + closing " + closingFen);
        }
        if (payoutFen < 0) {
            throw new IllegalStateException("negative payout " + payoutFen + " for merchant " + day.merchantId());
        }
        if ((payoutFen > 0) != (reason == PayoutReason.PAID)) {
            throw new IllegalStateException("merchant " + day.merchantId() + ": payout " + payoutFen + " with reason " + reason);
        }
    }

    public MerchantId merchantId() {
        return day.merchantId();
    }

    /** True when a payout row is written; a payout of 0 is not a payout. */
    public boolean paid() {
        return payoutFen > 0;
    }

    /** {@code P{yyyyMMdd}{merchantId}}: a rerun of D gives the same id, so the bank can refuse a second one. */
    public Optional<String> payoutId() {
        return paid() ? Optional.of(payoutId(businessDate, day.merchantId())) : Optional.empty();
    }

    public static String payoutId(BusinessDate d, MerchantId merchantId) {
        return "P" + d.compact() + merchantId.value();
    }
}
