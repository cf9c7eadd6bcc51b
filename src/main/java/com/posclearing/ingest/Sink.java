package com.posclearing.ingest;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.TerminalTxn;

/** Receives what {@link FileParser#parse} finds, in file order. A terminal file gives no bank txns and vice versa. */
public interface Sink {
    void terminalTxn(TerminalTxn txn);

    void bankTxn(BankTxn txn);

    void reject(LineReject reject);

    /** A closed terminal batch ({@code S} line) with its declared and computed totals. */
    void batch(BatchTotals totals);
}
