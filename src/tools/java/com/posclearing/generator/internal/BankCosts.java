package com.posclearing.generator.internal;

import com.posclearing.kernel.CardKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money fields the generator puts in bank rows. Field 22 (acquirer cost) follows China's 2016 card fee
 * reform: issuer 0.35 % capped at 13.00 yuan for debit, 0.45 % for credit, network 0.0325 % (capped at 3.25 yuan
 * for debit); foreign cards 1.00 % + 0.0325 %. Field 44 is the bank's own view of the merchant fee at the standard
 * rates, informational only. Refunds and voids carry no cost.
 */
public final class BankCosts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BankCosts() {
    }

    public static long acquirerCostFen(CardKind kind, long amountFen) {
        return switch (kind) {
            case DEBIT -> Math.min(percent(amountFen, "0.35"), 1300) + Math.min(percent(amountFen, "0.0325"), 325);
            case CREDIT -> percent(amountFen, "0.45") + percent(amountFen, "0.0325");
            case FOREIGN -> percent(amountFen, "1.00") + percent(amountFen, "0.0325");
        };
    }

    public static long bankMerchantFeeFen(CardKind kind, long amountFen) {
        return switch (kind) {
            case DEBIT -> Math.min(percent(amountFen, "0.55"), 2000);
            case CREDIT -> percent(amountFen, "0.60");
            case FOREIGN -> percent(amountFen, "1.25");
        };
    }

    /** HALF_UP(amountFen × ratePercent / 100) to the fen. */
    static long percent(long amountFen, String ratePercent) {
        return BigDecimal.valueOf(amountFen).multiply(new BigDecimal(ratePercent))
                .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
