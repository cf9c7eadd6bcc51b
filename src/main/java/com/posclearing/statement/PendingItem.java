package com.posclearing.statement;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A terminal item still waiting for its bank record at the end of the run (outcome PENDING): in the merchant's
 * statement and in the operators' report.
 *
 * @param originDate the business date of the terminal file it came from
 * @param amountFen  signed as the merchant sees it: refunds negative
 */
public record PendingItem(
        MerchantId merchantId,
        BusinessDate originDate,
        LocalDateTime txnTime,
        TerminalId terminalId,
        String batchNo,
        Stan stan,
        Rrn rrn,
        MaskedCard cardNo,
        CardKind cardKind,
        TxnType txnType,
        long amountFen) {
    private static final Pattern BATCH_NO = Pattern.compile("\\d{6}");

    public PendingItem {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(originDate, "originDate");
        Objects.requireNonNull(txnTime, "txnTime");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(cardNo, "cardNo");
        Objects.requireNonNull(cardKind, "cardKind");
        Objects.requireNonNull(txnType, "txnType");
        if (batchNo == null || !BATCH_NO.matcher(batchNo).matches()) {
            throw new IllegalArgumentException("pending item " + rrn + ": batchNo must be 6 digits");
        }
    }
}
