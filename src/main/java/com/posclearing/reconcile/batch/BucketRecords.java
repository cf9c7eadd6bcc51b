package com.posclearing.reconcile.batch;

import com.posclearing.ingest.batch.FileRegistry;
import com.posclearing.ingest.batch.Folders;
import com.posclearing.ingest.batch.TxnSpill;
import com.posclearing.ingest.batch.TxnStore;
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
    private final FileRegistry files;
    private final TxnStore txns;
    private final Folders folders;

    BucketRecords(FileRegistry files, TxnStore txns, Folders folders) {
        this.files = files;
        this.txns = txns;
        this.folders = folders;
    }

    record Loaded(List<TerminalTxn> terminal, List<BankTxn> bank, int filesFromDatabase) {
    }

    Loaded of(BusinessDate d, int bucket) {
        List<TerminalTxn> terminal = new ArrayList<>();
        List<BankTxn> bank = new ArrayList<>();
        int fromDatabase = 0;
        for (FileRegistry.FileRow f : files.filesOf(d)) {
            if (!FileRegistry.LOADED.equals(f.status())) {
                continue;
            }
            Path spill = TxnSpill.bucketFile(folders.spill(d).resolve(Long.toString(f.fileId())), bucket);
            if ("terminal".equals(f.side())) {
                List<TerminalTxn> rows = TxnSpill.readTerminal(spill, f.name());
                fromDatabase += rows == null ? 1 : 0;
                terminal.addAll(rows != null ? rows : txns.terminalOf(d, bucket, f.fileId()));
            } else {
                List<BankTxn> rows = TxnSpill.readBank(spill, f.name());
                fromDatabase += rows == null ? 1 : 0;
                bank.addAll(rows != null ? rows : txns.bankOf(d, bucket, f.fileId()));
            }
        }
        return new Loaded(terminal, bank, fromDatabase);
    }
}
