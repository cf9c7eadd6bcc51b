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

    public PendingItem {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(originDate, "originDate");
        TxnColumns.require("pending item", txnTime, terminalId, batchNo, stan, rrn, cardNo, cardKind, txnType);
    }
}
