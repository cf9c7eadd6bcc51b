package com.posclearing.ingest.batch;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.ingest.FileResult;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Sha256;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.support.Buckets;
import com.posclearing.support.ClearingProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The records of a loaded file by bucket, from the file's bucket spill, which is made again from the archived input
 * when it is gone: ingest writes no record rows,
 * so a rerun (the spill is deleted once D is reconciled) or a restart on another host reads the records from the
 * archive, as loaded. The archived file must be the one loaded (same SHA-256) and give the same count and sum.
 */
@Component
public class SpilledRecords {
    private static final Logger LOG = LoggerFactory.getLogger(SpilledRecords.class);
    private final InputFiles inputFiles;
    private final Folders folders;
    /** One rebuild per file at a time: the buckets of a date run in parallel and all need the same files. */
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    SpilledRecords(InputFiles inputFiles, ClearingProperties props) {
        this.inputFiles = inputFiles;
        this.folders = new Folders(props);
    }

    /** The records of a loaded terminal file in one bucket, in line order. */
    public List<TerminalTxn> terminal(FileRegistry.FileRow f, int bucket) {
        return read(f, bucket, file -> TxnSpill.readTerminal(file, f.name()));
    }

    /** The records of a loaded bank file in one bucket, in line order. */
    public List<BankTxn> bank(FileRegistry.FileRow f, int bucket) {
        return read(f, bucket, file -> TxnSpill.readBank(file, f.name()));
    }

    private <T> List<T> read(FileRegistry.FileRow f, int bucket, Function<Path, List<T>> reader) {
        Path dir = folders.spill(f.businessDate()).resolve(Long.toString(f.fileId()));
        List<T> records = reader.apply(TxnSpill.bucketFile(dir, bucket));
        if (records != null) {
            return records;
        }
        synchronized (locks.computeIfAbsent(f.fileId(), id -> new Object())) {
            records = reader.apply(TxnSpill.bucketFile(dir, bucket));
            if (records == null) {
                rebuild(f, dir);
                records = reader.apply(TxnSpill.bucketFile(dir, bucket));
            }
        }
        if (records == null) {
            throw new IllegalStateException("the records of " + f.name() + " in bucket " + bucket + " cannot be read from "
                    + dir + " though just written there: check that disk, then restart the run");
        }
        return records;
    }

    private void rebuild(FileRegistry.FileRow f, Path dir) {
        BusinessDate d = f.businessDate();
        Path archived = folders.archive(d).resolve(f.name());
        if (!Files.isRegularFile(archived) || !Sha256.of(archived).equals(f.sha256())) {
            throw new IllegalStateException(f.name() + " (file id " + f.fileId() + ", loaded for " + d + ") is not in " + folders.archive(d)
                    + " as loaded (sha256 " + f.sha256() + "), and its records are read from there: put that file back, then"
                    + " restart the run");
        }
        LOG.info("reading {} again from the archive for its records (file id {})", f.name(), f.fileId());
        FileResult result;
        try (TxnSpill.Writer spill = new TxnSpill.Writer(dir)) {
            result = inputFiles.parser().parse(archived, f.name(), d, new Sink() {
                @Override
                public void terminalTxn(TerminalTxn txn) {
                    spill.terminal(Buckets.of(txn.terminalId()), txn.withId(TxnRows.recordId(f.fileId(), txn.lineNo())));
                }

                @Override
                public void bankTxn(BankTxn txn) {
                    spill.bank(Buckets.of(txn.terminalId()), txn.withId(TxnRows.recordId(f.fileId(), txn.lineNo())));
                }

                @Override
                public void reject(LineReject reject) {
                    // recorded when the file was loaded
                }

                @Override
                public void batch(BatchTotals totals) {
                    // recorded when the file was loaded
                }
            });
            if (result.records() != f.records() || result.amountFen() != f.amountFen()) {
                throw new IllegalStateException(f.name() + " read again from " + archived + " gives " + result.records() + " records, "
                        + result.amountFen() + " fen; it was loaded with " + f.records() + " records, " + f.amountFen()
                        + " fen (has its layout changed since?): restore the layout it was loaded with, then restart the run");
            }
            spill.commit();
        }
    }
}
