package com.posclearing.generator.internal;

import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The fields of one ACOMA row that vary between transactions; {@link AcomaWriter} fills the constant ones.
 *
 * @param origStan         field 18, null when none
 * @param origTxnTime      field 28, null when none
 * @param acquirerCostFen  field 22, what the acquirer pays issuer and network
 * @param merchantFeeFen   field 44, the bank's own view of the merchant fee (informational)
 */
public record AcomaRow(Stan stan, LocalDateTime transmissionTime, MaskedCard pan, long amountFen, String mti,
        String processingCode, String mcc, TerminalId terminalId, MerchantId merchantId, Rrn rrn, String authCode,
        Stan origStan, LocalDateTime origTxnTime, boolean reversed, boolean cancelled, String merchantName,
        long acquirerCostFen, long merchantFeeFen) {

    public AcomaRow {
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(transmissionTime, "transmissionTime");
        Objects.requireNonNull(pan, "pan");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(merchantName, "merchantName");
        if (!mti.matches("0200|0220") || !processingCode.matches("000000|200000") || !mcc.matches("\\d{4}")) {
            throw new IllegalArgumentException("bad mti/processing code/mcc for rrn " + rrn);
        }
        if (amountFen <= 0 || amountFen > 999_999_999_999L) {
            throw new IllegalArgumentException("amountFen out of range: " + amountFen);
        }
        if (acquirerCostFen < 0 || merchantFeeFen < 0) {
            throw new IllegalArgumentException("fees must not be negative, rrn " + rrn);
        }
        authCode = authCode == null ? "" : authCode;
    }

    public AcomaRow withAmountFen(long newAmountFen) {
        return new AcomaRow(stan, transmissionTime, pan, newAmountFen, mti, processingCode, mcc, terminalId, merchantId,
                rrn, authCode, origStan, origTxnTime, reversed, cancelled, merchantName, acquirerCostFen, merchantFeeFen);
    }

    public AcomaRow withPan(MaskedCard newPan) {
        return new AcomaRow(stan, transmissionTime, newPan, amountFen, mti, processingCode, mcc, terminalId, merchantId,
                rrn, authCode, origStan, origTxnTime, reversed, cancelled, merchantName, acquirerCostFen, merchantFeeFen);
    }

    public AcomaRow withRrn(Rrn newRrn) {
        return new AcomaRow(stan, transmissionTime, pan, amountFen, mti, processingCode, mcc, terminalId, merchantId,
                newRrn, authCode, origStan, origTxnTime, reversed, cancelled, merchantName, acquirerCostFen, merchantFeeFen);
    }

    public AcomaRow withFlags(boolean newReversed, boolean newCancelled) {
        return new AcomaRow(stan, transmissionTime, pan, amountFen, mti, processingCode, mcc, terminalId, merchantId,
                rrn, authCode, origStan, origTxnTime, newReversed, newCancelled, merchantName, acquirerCostFen,
                merchantFeeFen);
    }
}
