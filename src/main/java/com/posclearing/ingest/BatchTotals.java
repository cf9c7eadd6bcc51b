package com.posclearing.ingest;

import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;

/**
 * A terminal batch: the totals its {@code S} line declares (the terminal's own settlement, DE48) and what its accepted
 * {@code D} lines give: sales = SALE + PREAUTH_COMPLETE not voided in the batch, refunds = REFUND. A difference makes
 * the batch out of balance; its transactions are reconciled anyway (SPEC 2.1).
 *
 * @param lineNo the {@code S} line
 */
public record BatchTotals(String fileName, long lineNo, MerchantId merchantId, TerminalId terminalId, String batchNo,
                          long declaredSaleCount, long declaredSaleAmountFen, long declaredRefundCount,
                          long declaredRefundAmountFen, long saleCount, long saleAmountFen, long refundCount,
                          long refundAmountFen) {

    public boolean outOfBalance() {
        return declaredSaleCount != saleCount || declaredSaleAmountFen != saleAmountFen
                || declaredRefundCount != refundCount || declaredRefundAmountFen != refundAmountFen;
    }
}
