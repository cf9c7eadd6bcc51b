package com.posclearing.settlement.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.TerminalTxn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * D's loaded records of one bucket, file by file in name order and line order within a file: from the file's
 * bucket spill where it is present and complete, else from the tables (same records, same order).
 */
final class BucketRecords {
    private final Stores stores;
    private final Folders folders;

    BucketRecords(Stores stores, Folders folders) {
        this.stores = stores;
        this.folders = folders;
    }

    record Loaded(List<TerminalTxn> terminal, List<BankTxn> bank, int filesFromDatabase) {
    }

    Loaded of(BusinessDate d, int bucket) {
        List<TerminalTxn> terminal = new ArrayList<>();
        List<BankTxn> bank = new ArrayList<>();
        int fromDatabase = 0;
        for (FileRegistry.FileRow f : stores.files().filesOf(d)) {
            if (!FileRegistry.LOADED.equals(f.status())) {
                continue;
            }
            Path spill = TxnSpill.bucketFile(folders.spill(d).resolve(Long.toString(f.fileId())), bucket);
            if ("terminal".equals(f.side())) {
                List<TerminalTxn> rows = TxnSpill.readTerminal(spill, f.name());
                fromDatabase += rows == null ? 1 : 0;
                terminal.addAll(rows != null ? rows : stores.txns().terminalOf(d, bucket, f.fileId()));
            } else {
                List<BankTxn> rows = TxnSpill.readBank(spill, f.name());
                fromDatabase += rows == null ? 1 : 0;
                bank.addAll(rows != null ? rows : stores.txns().bankOf(d, bucket, f.fileId()));
            }
        }
        return new Loaded(terminal, bank, fromDatabase);
    }
}
