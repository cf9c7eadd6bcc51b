package com.posclearing.kernel;

import java.time.LocalDateTime;

/**
 * One row of a bank clearing file (layout cups-acoma), validated. Years of MMDD fields are already resolved
 * from the clearing date.
 *
 * @param id                   database id, 0 before it is stored
 * @param clearingDate         the clearing date of the file = the business date it is reconciled on
 * @param transmissionTime     DE7 with its year resolved
 * @param mti                  message type, e.g. 0200 or 0220
 * @param processingCode       DE3, e.g. 000000 or 200000
 * @param origStan             field 18, null when blank
 * @param origTxnTime          field 28 with its year resolved, null when blank
 * @param reversed             reversal flag 'R'
 * @param cancelled            cancel flag 'C' (a voided sale)
 * @param merchantName         field 41, decoded from GBK and trimmed; a card number in it is masked (never stored in clear)
 * @param acquirerCostFen      field 22: what the acquirer pays the issuer and network
 * @param networkFeeFen        the merchant fee the file states (canonical {@code merchantFeeFen}: ACOMA field 44, ZM
 *                             field 16, a QR bill's fee), as a size in fen; null when the layout has none. Compared
 *                             with the computed fee only to report FEE_MISMATCH: it decides nothing
 */
public record BankTxn(
        long id,
        String fileName,
        long lineNo,
        BusinessDate clearingDate,
        Stan stan,
        LocalDateTime transmissionTime,
        MaskedCard cardNo,
        long amountFen,
        String mti,
        String processingCode,
        TerminalId terminalId,
        MerchantId merchantId,
        Rrn rrn,
        String authCode,
        Stan origStan,
        LocalDateTime origTxnTime,
        boolean reversed,
        boolean cancelled,
        String merchantName,
        long acquirerCostFen,
        Long networkFeeFen) {

    public BankTxn {
        if (amountFen <= 0) {
            throw new InvalidValueException("amount", "must be positive, got " + amountFen);
        }
        if (acquirerCostFen < 0) {
            throw new InvalidValueException("acquirerFeePayable", "must not be negative, got " + acquirerCostFen);
        }
        merchantName = CardNumbers.masked(merchantName);
    }

    /** The terminal transaction type this row stands for (SPEC 2.2): 0200/000000 sale, 0200/200000 void, 0220/200000 refund. */
    public TxnType txnType() {
        if ("000000".equals(processingCode)) {
            return TxnType.SALE;
        }
        return "0220".equals(mti) ? TxnType.REFUND : TxnType.VOID;
    }

    public BankTxn withId(long newId) {
        return new BankTxn(newId, fileName, lineNo, clearingDate, stan, transmissionTime, cardNo, amountFen, mti,
                processingCode, terminalId, merchantId, rrn, authCode, origStan, origTxnTime, reversed, cancelled,
                merchantName, acquirerCostFen, networkFeeFen);
    }
}
