package com.posclearing.reconcile.batch;

import com.posclearing.ingest.batch.FileRegistry;
import com.posclearing.ingest.batch.SpilledRecords;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.TerminalTxn;
import java.util.ArrayList;
import java.util.List;

/** D's loaded records of one bucket, file by file in name order and line order within a file. */
final class BucketRecords {
    private final FileRegistry files;
    private final SpilledRecords spilled;

    BucketRecords(FileRegistry files, SpilledRecords spilled) {
        this.files = files;
        this.spilled = spilled;
    }

    record Loaded(List<TerminalTxn> terminal, List<BankTxn> bank) {
    }

    Loaded of(BusinessDate d, int bucket) {
        List<TerminalTxn> terminal = new ArrayList<>();
        List<BankTxn> bank = new ArrayList<>();
        for (FileRegistry.FileRow f : files.filesOf(d)) {
            if (!FileRegistry.LOADED.equals(f.status())) {
                continue;
            }
            if ("terminal".equals(f.side())) {
                terminal.addAll(spilled.terminal(f, bucket));
            } else {
                bank.addAll(spilled.bank(f, bucket));
            }
        }
        return new Loaded(terminal, bank);
    }
}
