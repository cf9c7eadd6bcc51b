package com.posclearing.refdata;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One row of {@code fee-plans.csv}: the merchant fee of one plan for one card kind (SPEC 3.2).
 *
 * @param ratePercent percent of the amount, e.g. {@code 0.55} for 0.55 %; from 0 to 100
 * @param capFen      the most a sale's percentage fee may be, if set
 * @param minFen      the least a sale's fee may be, if set; not above the cap
 * @param fixedFen    added to every sale's fee, if set
 */
public record FeePlanRow(
        String planId,
        CardKind cardKind,
        BigDecimal ratePercent,
        OptionalLong capFen,
        OptionalLong minFen,
        OptionalLong fixedFen,
        RefundFee refundFee) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeePlanRow {
        if (planId == null || planId.isBlank()) {
            throw new InvalidValueException("planId", "missing");
        }
        Objects.requireNonNull(cardKind, "cardKind");
        Objects.requireNonNull(refundFee, "refundFee");
        Objects.requireNonNull(capFen, "capFen");
        Objects.requireNonNull(minFen, "minFen");
        Objects.requireNonNull(fixedFen, "fixedFen");
        if (ratePercent == null || ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("ratePercent", "expected a percentage from 0 to 100, got " + ratePercent);
        }
        requireNotNegative("capFen", capFen);
        requireNotNegative("minFen", minFen);
        requireNotNegative("fixedFen", fixedFen);
        // a minimum above the cap would silently override the cap: the plan is contradictory
        if (capFen.isPresent() && minFen.isPresent() && minFen.getAsLong() > capFen.getAsLong()) {
            throw new InvalidValueException("minFen", "minimum " + minFen.getAsLong() + " is above the cap " + capFen.getAsLong());
        }
    }

    private static void requireNotNegative(String field, OptionalLong fen) {
        if (fen.isPresent() && fen.getAsLong() < 0) {
            throw new InvalidValueException(field, "must not be negative, got " + fen.getAsLong());
        }
    }
}
