package com.posclearing.refdata;

import com.posclearing.kernel.InvalidValueException;
import com.posclearing.kernel.MerchantId;
import java.util.Objects;

/** One row of {@code merchants.csv} (SPEC 2.4; {@code delivery} SPEC 3.5). */
public record Merchant(
        MerchantId id,
        String name,
        String mcc,
        String feePlan,
        SettlementCycle settlementCycle,
        String accountNo,
        String accountName,
        String bankCode,
        MerchantStatus status,
        String email,
        StatementDelivery delivery) {

    public Merchant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settlementCycle, "settlementCycle");
        Objects.requireNonNull(status, "status");
        requireText("name", name);
        requireText("feePlan", feePlan);
        requireText("accountName", accountName);
        requireText("bankCode", bankCode);
        if (mcc == null || !mcc.matches("\\d{4}")) {
            throw new InvalidValueException("mcc", "expected 4 digits, got '" + mcc + "'");
        }
        if (accountNo == null || !accountNo.matches("\\d{4,34}")) {
            throw new InvalidValueException("accountNo", "expected 4 to 34 digits");
        }
        email = email == null ? "" : email;
        Objects.requireNonNull(delivery, "delivery");
        if (delivery.byEmail() && email.isEmpty()) {
            throw new InvalidValueException("email", "missing, and delivery " + delivery.word() + " sends statements to it");
        }
    }

    /** The only part of the account number a merchant statement shows. */
    public String accountLast4() {
        return accountNo.substring(accountNo.length() - 4);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "missing");
        }
    }
}
