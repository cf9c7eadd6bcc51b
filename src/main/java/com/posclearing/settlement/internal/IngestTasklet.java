package com.posclearing.settlement.internal;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.ingest.FileResult;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.ingest.VerifiedFile;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.Progress;
import com.posclearing.kernel.Sha256;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.Layout;
import com.posclearing.settlement.ClearingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Loads the landing folder of D one file per transaction: registered by SHA-256, checked whole, then streamed into
 * the tables. A loaded file is archived by the next call, so a crash between commit and move loses nothing; a file
 * rejected whole goes to quarantine with its reason, and the step fails once every other file is loaded.
 */
@Component
public class IngestTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(IngestTasklet.class);
    private final Stores stores;
    private final Folders folders;
    private final InputFiles inputFiles;

    IngestTasklet(Stores stores, ClearingProperties props, InputFiles inputFiles) {
        this.stores = stores;
        this.folders = new Folders(props);
        this.inputFiles = inputFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        Optional<Path> next = nextFile(folders.landing(d));
        if (next.isEmpty()) {
            checkComplete(d);
            return RepeatStatus.FINISHED;
        }
        Path file = next.get();
        String name = file.getFileName().toString();
        String sha = Sha256.of(file);
        if (stores.files().loadedWithSha(sha).isPresent()) {
            LOG.info("{} is loaded (sha256 {}); archiving it", name, sha);
            folders.archive(file, d);
            return RepeatStatus.CONTINUABLE;
        }
        try {
            stores.files().checkName(name, sha);
            VerifiedFile verified = inputFiles.parser().verify(file, name);
            if (!verified.fileDate().equals(d)) {
                throw new InputRejectedException(name, 0, "fileName", "is a file of " + verified.fileDate() + ", not of " + d);
            }
            load(file, name, sha, d, contribution);
        } catch (InputRejectedException e) {
            LOG.error("rejected {}: {}", name, e.getMessage());
            Layout layout = inputFiles.parser().layoutFor(name);
            stores.files().insert(new FileRegistry.FileRow(stores.files().nextFileId(), d, name, layout.name(), side(layout),
                    sha, size(file), 0, 0, 0, FileRegistry.REJECTED, e.getMessage()));
            folders.quarantine(file, d, e.getMessage());
        }
        return RepeatStatus.CONTINUABLE;
    }

    private void load(Path file, String name, String sha, BusinessDate d, StepContribution contribution) {
        Layout layout = inputFiles.parser().layoutFor(name);
        long fileId = stores.files().nextFileId();
        BatchingSink sink = new BatchingSink(fileId, d, side(layout));
        FileResult result = inputFiles.parser().parse(file, name, d, sink);
        sink.flush();
        sink.progress.done();
        if (result.records() + result.rejects() != result.detailLines()) {
            throw new IllegalStateException(name + ": " + result.detailLines() + " detail lines but " + result.records()
                    + " records loaded and " + result.rejects() + " rejected; nothing of the file is kept");
        }
        stores.files().insert(new FileRegistry.FileRow(fileId, d, name, layout.name(), side(layout), sha, size(file),
                result.records(), result.amountFen(), result.rejects(), FileRegistry.LOADED, null));
        contribution.incrementWriteCount(result.records());
        LOG.info("loaded {} ({}): {} records, {} fen, {} lines rejected, {} batches ({} out of balance)", name, layout.name(),
                result.records(), result.amountFen(), result.rejects(), result.batches(), result.outOfBalanceBatches());
    }

    /** Every file of D rejected whole and not replaced by a loaded one ends the step; so does a side with no file. */
    private void checkComplete(BusinessDate d) {
        List<FileRegistry.FileRow> files = stores.files().filesOf(d);
        List<String> loaded = files.stream().filter(f -> FileRegistry.LOADED.equals(f.status())).map(FileRegistry.FileRow::name).toList();
        for (FileRegistry.FileRow f : files) {
            if (FileRegistry.REJECTED.equals(f.status()) && !loaded.contains(f.name())) {
                throw new InputRejectedException(f.name(), 0, null, f.reason().replaceFirst("^" + java.util.regex.Pattern.quote(f.name()) + ":? ?", "")
                        + "; it is in " + folders.quarantine(d) + ": get a corrected file into " + folders.landing(d)
                        + " and restart the run of " + d);
            }
        }
        for (String side : List.of("terminal", "bank")) {
            if (files.stream().noneMatch(f -> FileRegistry.LOADED.equals(f.status()) && side.equals(f.side()))) {
                throw new InputMissingException("no " + side + " file of " + d + " was received: put it into " + folders.landing(d)
                        + " and restart the run of " + d);
            }
        }
    }

    private static Optional<Path> nextFile(Path landing) {
        if (!Files.isDirectory(landing)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(landing)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().findFirst();
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

    /** Collects parsed records and writes them in JDBC batches of a bounded size. */
    private final class BatchingSink implements Sink {
        private final long fileId;
        private final BusinessDate date;
        private final String side;
        private final Progress progress;
        private final List<Object[]> terminal = new ArrayList<>();
        private final List<Object[]> bank = new ArrayList<>();
        private final List<Object[]> rejects = new ArrayList<>();
        private final List<Object[]> batches = new ArrayList<>();

        BatchingSink(long fileId, BusinessDate date, String side) {
            this.fileId = fileId;
            this.date = date;
            this.side = side;
            this.progress = Progress.start("ingest file " + fileId, "records");
        }

        @Override
        public void terminalTxn(TerminalTxn txn) {
            terminal.add(TxnRows.terminalParams(txn, fileId));
            progress.add(1);
            if (terminal.size() >= TxnStore.BATCH_ROWS) {
                flush();
            }
        }

        @Override
        public void bankTxn(BankTxn txn) {
            bank.add(TxnRows.bankParams(txn, fileId));
            progress.add(1);
            if (bank.size() >= TxnStore.BATCH_ROWS) {
                flush();
            }
        }

        @Override
        public void reject(LineReject reject) {
            String reason = reject.message();
            rejects.add(new Object[] {fileId, reject.lineNo(), TxnRows.date(date.value()), side, reject.field(),
                reason.length() <= 1000 ? reason : reason.substring(0, 997) + "..."});
        }

        @Override
        public void batch(BatchTotals t) {
            batches.add(new Object[] {fileId, t.lineNo(), TxnRows.date(date.value()), t.merchantId().value(), t.terminalId().value(),
                t.batchNo(), t.declaredSaleCount(), t.declaredSaleAmountFen(), t.declaredRefundCount(), t.declaredRefundAmountFen(),
                t.saleCount(), t.saleAmountFen(), t.refundCount(), t.refundAmountFen(), t.outOfBalance() ? "Y" : "N"});
        }

        void flush() {
            if (!terminal.isEmpty()) {
                stores.txns().insertTerminal(terminal);
                terminal.clear();
            }
            if (!bank.isEmpty()) {
                stores.txns().insertBank(bank);
                bank.clear();
            }
            if (!rejects.isEmpty()) {
                stores.txns().insertRejectedLines(rejects);
                rejects.clear();
            }
            if (!batches.isEmpty()) {
                stores.txns().insertBatches(batches);
                batches.clear();
            }
        }
    }
}
