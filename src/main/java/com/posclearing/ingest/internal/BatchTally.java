package com.posclearing.ingest.internal;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.RawRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one terminal batch's accepted D lines add up to, to hold against its S line. Only one batch is in memory at a
 * time; a batch is one terminal's day, small.
 */
public final class BatchTally {
    private final List<TerminalTxn> sales = new ArrayList<>();
    private final Set<String> voidedRrns = new HashSet<>();
    private final Set<String> voidedStans = new HashSet<>();
    private long refundCount;
    private long refundAmountFen;

    public void add(TerminalTxn txn) {
        switch (txn.txnType()) {
            case SALE, PREAUTH_COMPLETE -> sales.add(txn);
            case VOID -> {
                voidedRrns.add(txn.origRrn().value());
                voidedStans.add(txn.origStan().value());
            }
            case REFUND -> {
                refundCount++;
                refundAmountFen = Math.addExact(refundAmountFen, txn.amountFen());
            }
        }
    }

    /** @param close the batch's S line, all of whose fields passed the layout's checks */
    public BatchTotals close(String fileName, RawRecord close) {
        long saleCount = 0;
        long saleAmountFen = 0;
        for (TerminalTxn sale : sales) {
            // a VOID names its sale by RRN; terminals that leave the RRN out still give the STAN
            boolean voided = voidedRrns.contains(sale.rrn().value()) || voidedStans.contains(sale.stan().value());
            if (!voided) {
                saleCount++;
                saleAmountFen = Math.addExact(saleAmountFen, sale.amountFen());
            }
        }
        return new BatchTotals(fileName, close.lineNo(), MerchantId.of(close.get("merchantId")),
                TerminalId.of(close.get("terminalId")), close.get("batchNo"), Long.parseLong(close.get("saleCount")),
                Long.parseLong(close.get("saleAmountFen")), Long.parseLong(close.get("refundCount")),
                Long.parseLong(close.get("refundAmountFen")), saleCount, saleAmountFen, refundCount, refundAmountFen);
    }
}
