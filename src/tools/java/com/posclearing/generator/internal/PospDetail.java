package com.posclearing.generator.internal;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One {@code D} line to write. Unlike the kernel's {@code TerminalTxn} it accepts an amount of 0, because the
 * demo needs one deliberately invalid line (a bad amount that still keeps the file's control totals right).
 */
public record PospDetail(MerchantId merchantId, TerminalId terminalId, String batchNo, Stan stan, Rrn rrn,
        String authCode, TxnType txnType, MaskedCard cardNo, CardKind cardKind, long amountFen,
        LocalDateTime txnTime, Stan origStan, Rrn origRrn, LocalDate origTxnDate) {

    public PospDetail {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(txnType, "txnType");
        Objects.requireNonNull(cardNo, "cardNo");
        Objects.requireNonNull(cardKind, "cardKind");
        Objects.requireNonNull(txnTime, "txnTime");
        if (!batchNo.matches("\\d{6}")) {
            throw new IllegalArgumentException("batchNo must be 6 digits, got " + batchNo);
        }
        if (amountFen < 0 || amountFen > 999_999_999_999L) {
            throw new IllegalArgumentException("amountFen out of range: " + amountFen);
        }
        boolean needsOrig = txnType == TxnType.VOID || txnType == TxnType.REFUND;
        if (needsOrig != (origStan != null && origRrn != null && origTxnDate != null)) {
            throw new IllegalArgumentException("orig fields are required for VOID and REFUND only, rrn " + rrn);
        }
        authCode = authCode == null ? "" : authCode;
    }
}
