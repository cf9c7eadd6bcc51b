package com.posclearing.ingest;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.TerminalTxn;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a parse emits, in order, and can print it one line per item for golden files. */
final class CollectingSink implements Sink {
    final List<TerminalTxn> terminal = new ArrayList<>();
    final List<BankTxn> bank = new ArrayList<>();
    final List<LineReject> rejects = new ArrayList<>();
    final List<BatchTotals> batches = new ArrayList<>();
    final List<String> dump = new ArrayList<>();

    @Override
    public void terminalTxn(TerminalTxn txn) {
        terminal.add(txn);
        dump.add(txn.toString());
    }

    @Override
    public void bankTxn(BankTxn txn) {
        bank.add(txn);
        dump.add(txn.toString());
    }

    @Override
    public void reject(LineReject reject) {
        rejects.add(reject);
        dump.add(reject.toString());
    }

    @Override
    public void batch(BatchTotals totals) {
        batches.add(totals);
        dump.add(totals + " outOfBalance=" + totals.outOfBalance());
    }
}
