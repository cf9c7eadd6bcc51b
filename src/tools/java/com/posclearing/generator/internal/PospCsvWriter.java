package com.posclearing.generator.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Streams one terminal batch file (layout posp-csv, SPEC 2.1): H, then B / D… / S per batch, then T.
 * Keeps only running totals, so a file of 10 M lines needs no memory. The S line is computed from the
 * batch's D lines unless the caller gives other totals (an out-of-balance batch). Lines end with CRLF.
 */
public final class PospCsvWriter implements AutoCloseable {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String EOL = "\r\n";

    private final Writer out;
    private long lineNo;
    private long batchCount;
    private long detailCount;
    private long detailAmountFen;
    private boolean inBatch;
    private String batchHead;
    private long saleCount;
    private long saleAmountFen;
    private long refundCount;
    private long refundAmountFen;
    private boolean closed;

    public PospCsvWriter(Writer out, BusinessDate date, String node, String seq, LocalDateTime createdAt) {
        this.out = out;
        line("H,POSP-CSV,1," + date.compact() + "," + node + "," + seq + "," + createdAt.format(TS));
    }

    public void beginBatch(MerchantId merchant, TerminalId terminal, String batchNo, LocalDateTime openedAt,
            LocalDateTime closedAt) {
        if (inBatch) {
            throw new IllegalStateException("batch " + batchHead + " is not closed");
        }
        inBatch = true;
        batchHead = merchant + "," + terminal + "," + batchNo;
        saleCount = saleAmountFen = refundCount = refundAmountFen = 0;
        batchCount++;
        line("B," + batchHead + "," + openedAt.format(TS) + "," + closedAt.format(TS));
    }

    /** Writes a D line and returns its 1-based line number in the file. */
    public long detail(PospDetail d) {
        if (!inBatch) {
            throw new IllegalStateException("D line outside a batch: " + d.rrn());
        }
        detailCount++;
        detailAmountFen += d.amountFen();
        // S totals (SPEC 2.1): sales = SALE + PREAUTH_COMPLETE not voided; a VOID is always of the full amount.
        switch (d.txnType()) {
            case SALE, PREAUTH_COMPLETE -> {
                saleCount++;
                saleAmountFen += d.amountFen();
            }
            case VOID -> {
                saleCount--;
                saleAmountFen -= d.amountFen();
            }
            case REFUND -> {
                refundCount++;
                refundAmountFen += d.amountFen();
            }
        }
        boolean orig = d.txnType() == TxnType.VOID || d.txnType() == TxnType.REFUND;
        line("D," + d.merchantId() + "," + d.terminalId() + "," + d.batchNo() + "," + d.stan() + "," + d.rrn() + ","
                + d.authCode() + "," + d.txnType() + "," + d.cardNo() + "," + d.cardKind() + "," + d.amountFen()
                + ",CNY," + d.txnTime().format(TS) + ","
                + (orig ? d.origStan() + "," + d.origRrn() + "," + d.origTxnDate().format(DateTimeFormatter.BASIC_ISO_DATE)
                        : ",,"));
        return lineNo;
    }

    /** Closes the batch with the totals of its D lines. */
    public void endBatch() {
        endBatch(saleCount, saleAmountFen, refundCount, refundAmountFen);
    }

    /** Closes the batch with the given totals: differing ones make the batch out of balance on purpose. */
    public void endBatch(long sales, long salesFen, long refunds, long refundsFen) {
        if (!inBatch) {
            throw new IllegalStateException("no open batch");
        }
        inBatch = false;
        line("S," + batchHead + "," + sales + "," + salesFen + "," + refunds + "," + refundsFen);
    }

    public long batchCount() {
        return batchCount;
    }

    public long detailCount() {
        return detailCount;
    }

    public long detailAmountFen() {
        return detailAmountFen;
    }

    /** Writes the T line (control totals) and flushes; the caller owns the underlying stream. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (inBatch) {
            throw new IllegalStateException("batch " + batchHead + " is not closed");
        }
        closed = true;
        line("T," + batchCount + "," + detailCount + "," + detailAmountFen);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write(EOL);
            lineNo++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
