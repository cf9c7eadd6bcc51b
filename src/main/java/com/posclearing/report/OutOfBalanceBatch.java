package com.posclearing.report;

import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import java.util.Objects;

/**
 * A terminal batch whose {@code S} totals (declared by the terminal) differ from its {@code D} lines (SPEC 2.1).
 * Reported only; it changes no outcome.
 */
public record OutOfBalanceBatch(
        String fileName,
        MerchantId merchantId,
        TerminalId terminalId,
        String batchNo,
        long declaredSaleCount,
        long declaredSaleFen,
        long declaredRefundCount,
        long declaredRefundFen,
        long actualSaleCount,
        long actualSaleFen,
        long actualRefundCount,
        long actualRefundFen) {

    public OutOfBalanceBatch {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(batchNo, "batchNo");
    }
}
