package com.posclearing.ingest.batch;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.support.PausePoint;
import com.posclearing.ingest.FileResult;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.Progress;
import com.posclearing.kernel.Sha256;
import com.posclearing.kernel.StoredText;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.Layout;
import com.posclearing.support.Buckets;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.Parallel;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.db.SqlDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the landing folder of D: every file registered by SHA-256 and loaded in one streaming pass that checks it
 * whole while its rows go in, in a transaction of its own, the files on as many threads as there are cores (a
 * terminal file and a bank file load side by side). A file rejected whole rolls back, goes to quarantine with its
 * reason, and the step fails once every other file is loaded. A loaded file is archived after its commit; a crash
 * in between leaves it in landing, where its SHA-256 shows it loaded.
 */
@Component
public class IngestTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(IngestTasklet.class);
    private final FileRegistry registry;
    private final TxnStore txns;
    private final Folders folders;
    private final InputFiles inputFiles;
    private final TransactionTemplate perFile;

    IngestTasklet(FileRegistry registry, TxnStore txns, ClearingProperties props, InputFiles inputFiles,
            PlatformTransactionManager tm) {
        this.registry = registry;
        this.txns = txns;
        this.folders = new Folders(props);
        this.inputFiles = inputFiles;
        this.perFile = new TransactionTemplate(tm);
        this.perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        BusinessDate d = RunParams.of(context).date();
        List<Path> all = landed(folders.landing(d));
        // a companion (ZM's RD) is read with its file and archived once the night's files are in
        List<Path> companions = all.stream().filter(p -> inputFiles.isCompanion(p.getFileName().toString())).toList();
        List<Path> files = all.stream().filter(p -> !companions.contains(p)).toList();
        List<Landed> toLoad = new ArrayList<>();
        List<Landed> sameAsAnother = new ArrayList<>();
        Set<String> shas = new HashSet<>();
        for (Landed f : Parallel.map(files, Landed::of)) {
            if (registry.loadedWithSha(f.sha()).isPresent()) {
                archiveLoaded(f, d);
            } else if (!shas.add(f.sha())) {
                sameAsAnother.add(f);
            } else {
                toLoad.add(f.withFileId(registry.nextFileId()));
            }
        }
        Set<Long> rejectedNow = ConcurrentHashMap.newKeySet();
        List<Long> written = Parallel.map(toLoad, f -> loadOrReject(f, d, rejectedNow));
        contribution.incrementWriteCount(written.stream().mapToLong(Long::longValue).sum());
        // a second copy of a file loaded just now is archived; a copy of a rejected one waits in landing for the restart
        for (Landed f : sameAsAnother) {
            if (registry.loadedWithSha(f.sha()).isPresent()) {
                archiveLoaded(f, d);
            }
        }
        checkComplete(d, rejectedNow);
        companions.forEach(p -> folders.archive(p, d));
        return RepeatStatus.FINISHED;
    }

    private void archiveLoaded(Landed f, BusinessDate d) {
        LOG.info("{} is loaded (sha256 {}); archiving it", f.name(), f.sha());
        folders.archive(f.path(), d);
    }

    /** A landing file with its content's SHA-256 and, once it is to be loaded, its file id. */
    private record Landed(Path path, String name, String sha, long fileId) {
        static Landed of(Path path) {
            return new Landed(path, path.getFileName().toString(), Sha256.of(path), 0);
        }

        Landed withFileId(long id) {
            return new Landed(path, name, sha, id);
        }
    }

    /** @return the records loaded; a file rejected whole adds its file id to {@code rejectedNow} */
    private long loadOrReject(Landed f, BusinessDate d, Set<Long> rejectedNow) {
        try {
            long records = perFile.execute(tx -> load(f, d));
            folders.archive(f.path(), d);
            return records;
        } catch (InputRejectedException e) {
            LOG.error("rejected {}: {}", f.name(), e.getMessage());
            Layout layout = inputFiles.parser().layoutFor(f.name());
            perFile.executeWithoutResult(tx -> registry.insert(new FileRegistry.FileRow(f.fileId(), d, f.name(),
                    layout.name(), side(layout), f.sha(), size(f.path()), 0, 0, 0, FileRegistry.REJECTED, e.getMessage())));
            folders.quarantine(f.path(), d, e.getMessage());
            rejectedNow.add(f.fileId());
            return 0;
        }
    }

    private long load(Landed f, BusinessDate d) {
        String name = f.name();
        registry.checkName(name, f.sha());
        Layout layout = inputFiles.parser().layoutFor(name);
        BusinessDate fileDate = inputFiles.parser().fileDate(name);
        if (!fileDate.equals(d)) {
            throw new InputRejectedException(name, 0, "fileName", "is a file of " + fileDate + ", not of " + d);
        }
        FileResult result;
        try (TxnSpill.Writer spill = new TxnSpill.Writer(folders.spill(d).resolve(Long.toString(f.fileId())))) {
            BatchingSink sink = new BatchingSink(f.fileId(), d, side(layout), spill);
            result = inputFiles.parser().parse(f.path(), name, d, sink);
            sink.flush();
            sink.progress.done();
            if (result.records() + result.rejects() != result.detailLines()) {
                throw new IllegalStateException(name + ": " + result.detailLines() + " detail lines but " + result.records()
                        + " records loaded and " + result.rejects() + " rejected; nothing of the file is kept");
            }
            registry.insert(new FileRegistry.FileRow(f.fileId(), d, name, layout.name(), side(layout), f.sha(),
                    size(f.path()), result.records(), result.amountFen(), result.rejectedLines(), FileRegistry.LOADED, null));
            // last before the commit: a failure before it deletes the bucket files; a failed commit leaves them
            // under a file id that is not LOADED, which reconciliation never reads
            spill.commit();
        }
        PausePoint.reached("ingest"); // a file's rows and spill written, its transaction not committed
        LOG.info("loaded {} ({}): {} records, {} fen, {} lines rejected, {} batches ({} out of balance)", name, layout.name(),
                result.records(), result.amountFen(), result.rejectedLines(), result.batches(), result.outOfBalanceBatches());
        return result.records();
    }

    /**
     * Every file of D rejected whole and not replaced by a loaded one ends the step; so does other content under a
     * loaded name, in the attempt that met it (an operator must hear of it; a restart goes on with the loaded file);
     * so does a side with no file.
     */
    private void checkComplete(BusinessDate d, Set<Long> rejectedNow) {
        List<FileRegistry.FileRow> files = registry.filesOf(d);
        List<String> loaded = files.stream().filter(f -> FileRegistry.LOADED.equals(f.status())).map(FileRegistry.FileRow::name).toList();
        for (FileRegistry.FileRow f : files) {
            if (!FileRegistry.REJECTED.equals(f.status())) {
                continue;
            }
            String reason = f.reason().replaceFirst("^" + java.util.regex.Pattern.quote(f.name()) + ":? ?", "");
            if (!loaded.contains(f.name())) {
                throw new InputRejectedException(f.name(), 0, null, reason + "; it is in " + folders.quarantine(d)
                        + ": get a corrected file into " + folders.landing(d) + " and restart the run of " + d);
            }
            if (rejectedNow.contains(f.fileId())) {
                throw new InputRejectedException(f.name(), 0, null, reason + ": the other one is in " + folders.quarantine(d)
                        + "; to go on with the loaded one, restart the run of " + d);
            }
        }
        for (String side : List.of("terminal", "bank")) {
            if (files.stream().noneMatch(f -> FileRegistry.LOADED.equals(f.status()) && side.equals(f.side()))) {
                throw new InputMissingException("no " + side + " file of " + d + " was received: put it into " + folders.landing(d)
                        + " and restart the run of " + d);
            }
        }
    }

    private static List<Path> landed(Path landing) {
        if (!Files.isDirectory(landing)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(landing)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + landing + ": " + e.getMessage(), e);
        }
    }

    private static String side(Layout layout) {
        return layout.side() == Layout.Side.TERMINAL ? "terminal" : "bank";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Spills parsed records into their buckets for reconcile, which writes each once it is decided; rejected lines
     * and batch totals go to the database in JDBC batches of a bounded size.
     */
    private final class BatchingSink implements Sink {
        private final long fileId;
        private final BusinessDate date;
        private final String side;
        private final Progress progress;
        private final TxnSpill.Writer spill;
        private final List<Object[]> rejects = new ArrayList<>();
        private final List<Object[]> batches = new ArrayList<>();

        BatchingSink(long fileId, BusinessDate date, String side, TxnSpill.Writer spill) {
            this.fileId = fileId;
            this.date = date;
            this.side = side;
            this.spill = spill;
            this.progress = Progress.start("ingest file " + fileId, "records");
        }

        @Override
        public void terminalTxn(TerminalTxn txn) {
            spill.terminal(Buckets.of(txn.terminalId()), txn.withId(TxnRows.recordId(fileId, txn.lineNo())));
            progress.add(1);
        }

        @Override
        public void bankTxn(BankTxn txn) {
            spill.bank(Buckets.of(txn.terminalId()), txn.withId(TxnRows.recordId(fileId, txn.lineNo())));
            progress.add(1);
        }

        @Override
        public void reject(LineReject reject) {
            rejects.add(new Object[] {fileId, reject.lineNo(), SqlDates.date(date.value()), side, reject.field(),
                StoredText.fit(reject.message(), FileRegistry.REASON_CHARS)});
            flushWhenFull(rejects);
        }

        @Override
        public void batch(BatchTotals t) {
            batches.add(new Object[] {fileId, t.lineNo(), SqlDates.date(date.value()), t.merchantId().value(), t.terminalId().value(),
                t.batchNo(), t.declaredSaleCount(), t.declaredSaleAmountFen(), t.declaredRefundCount(), t.declaredRefundAmountFen(),
                t.saleCount(), t.saleAmountFen(), t.refundCount(), t.refundAmountFen(), t.outOfBalance() ? "Y" : "N"});
            flushWhenFull(batches);
        }

        private void flushWhenFull(List<Object[]> rows) {
            if (rows.size() >= TxnStore.BATCH_ROWS) {
                flush();
            }
        }

        void flush() {
            if (!rejects.isEmpty()) {
                txns.insertRejectedLines(rejects);
                rejects.clear();
            }
            if (!batches.isEmpty()) {
                txns.insertBatches(batches);
                batches.clear();
            }
        }
    }
}
