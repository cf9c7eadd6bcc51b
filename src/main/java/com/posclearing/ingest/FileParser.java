package com.posclearing.ingest;

import com.posclearing.ingest.internal.BatchTally;
import com.posclearing.ingest.internal.FileVerifier;
import com.posclearing.ingest.internal.LineRejectedException;
import com.posclearing.ingest.internal.TxnMapper;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RecordReader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses any input file by its layout. {@link #parse} is one streaming pass that emits transactions, line rejects
 * and batch totals while it runs the whole-file checks; a failure of those throws {@link InputRejectedException}
 * at the line where it becomes certain (a control total: at the end), so the sink must discard what it received
 * (the caller's transaction rolls back). {@link #verify} runs the checks alone. The layout is that of the source
 * whose pattern the file name matches ({@link SourceLayouts}), else the one whose own pattern it matches; its side
 * says whether rows become {@link TerminalTxn} or {@link BankTxn}.
 */
public final class FileParser {
    private final Layouts layouts;
    private final SourceLayouts sources;

    public FileParser(Layouts layouts) {
        this(layouts, SourceLayouts.NONE);
    }

    public FileParser(Layouts layouts, SourceLayouts sources) {
        this.layouts = Objects.requireNonNull(layouts);
        this.sources = Objects.requireNonNull(sources);
    }

    /**
     * The layout of the source that fetches such names, else the layout whose file-name pattern the name matches; a
     * name of neither rejects the file.
     */
    public Layout layoutFor(String fileName) {
        Optional<String> ofSource = sources.layoutOf(fileName);
        if (ofSource.isPresent()) {
            return layouts.byName(ofSource.get());
        }
        return layouts.layoutForFileName(fileName).orElseThrow(() -> new InputRejectedException(fileName, 0, "fileName",
                "matches no source's pattern and no known layout's file-name pattern"));
    }

    /** The whole-file checks alone: throws {@link InputRejectedException} (file, line, field, reason) if the file must be rejected whole. */
    public VerifiedFile verify(Path file, String fileName) {
        Layout layout = layoutFor(fileName);
        BusinessDate fileDate = fileDate(layout, fileName);
        long lines = new FileVerifier(layout, file, fileName, fileDate).verify(file);
        return new VerifiedFile(fileName, layout.name(), fileDate, lines);
    }

    /**
     * Second pass, after {@link #verify}: emits the file's transactions (id 0), line rejects and terminal batch totals.
     *
     * @param businessDate the date being loaded; the file name's date must be it (the clearing date of a bank file)
     */
    public FileResult parse(Path file, String fileName, BusinessDate businessDate, Sink sink) {
        return parse(file, fileName, layoutFor(fileName), businessDate, sink);
    }

    /** {@link #parse} with the layout given ({@code layout check}): the whole-file checks run in the same pass. */
    public static FileResult parse(Path file, String fileName, Layout layout, BusinessDate businessDate, Sink sink) {
        BusinessDate fileDate = fileDate(layout, fileName);
        if (!fileDate.equals(businessDate)) {
            throw new InputRejectedException(fileName, 0, "fileName", "the file name's date " + fileDate
                    + " is not the business date " + businessDate);
        }
        return new Pass(layout, fileName, businessDate, sink).run(file, new FileVerifier(layout, file, fileName, fileDate));
    }

    /** The date the file name carries (a bank file's clearing date); a name without one rejects the file. */
    public BusinessDate fileDate(String fileName) {
        return fileDate(layoutFor(fileName), fileName);
    }

    private static BusinessDate fileDate(Layout layout, String fileName) {
        return layout.dateFromFileName(fileName).orElseThrow(() -> new InputRejectedException(fileName, 0, "fileName",
                "carries no valid date for the pattern " + layout.fileName()));
    }

    /** State of one parse pass. */
    private static final class Pass {
        private final Layout layout;
        private final String fileName;
        private final BusinessDate date;
        private final Sink sink;
        private final Layout.Structure roles;
        private BatchTally batch;
        private long detailLines;
        private long records;
        private long amountFen;
        private long rejects;
        private long skipped;
        private long otherRejects;
        private LineReject firstReject;
        private long batches;
        private long outOfBalance;

        Pass(Layout layout, String fileName, BusinessDate date, Sink sink) {
            this.layout = layout;
            this.fileName = fileName;
            this.date = date;
            this.sink = sink;
            this.roles = layout.structure() == null ? new Layout.Structure(null, null, null, null, null) : layout.structure();
        }

        FileResult run(Path file, FileVerifier verifier) {
            try (RecordReader reader = layout.open(file, fileName)) {
                for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                    verifier.accept(r);
                    record(r);
                }
                verifier.finish();
            }
            if (layout.wholeFile().tooManyRejected(rejects, detailLines)) {
                throw new InputRejectedException(fileName, firstReject.lineNo(), firstReject.field(), firstReject.reason()
                        + (firstReject.value().isEmpty() ? "" : " (value '" + firstReject.value() + "')") + "; " + rejects
                        + " of " + detailLines + " lines are rejected, more than the " + layout.wholeFile().maxRejectRatePercent()
                        + " % layout " + layout.name() + " allows: the file is rejected whole (wrong or damaged file?)");
            }
            return new FileResult(fileName, layout.name(), detailLines, records, amountFen, rejects, otherRejects, batches,
                    outOfBalance, skipped);
        }

        private void record(RawRecord r) {
            String type = r.recordType();
            if (type.equals(roles.header()) || type.equals(roles.trailer())) {
                return; // checked by the verifier
            }
            boolean detail = type.equals(layout.detailType());
            detailLines += detail ? 1 : 0;
            if (detail && layout.skips(r)) {
                skipped++; // before the problem check: a closed order's blank amount is no reject
                return;
            }
            if (!r.ok()) {
                // a bad B, S or unknown line is rejected alone: the trailer still counts it, its batch is reported
                // out of balance by the S check, and only D lines are detail lines
                reject(r, r.problem().field(), r.problem().reason(), r.problem().value(), detail);
                return;
            }
            if (type.equals(roles.batchOpen())) {
                batch = new BatchTally();
            } else if (type.equals(roles.batchClose())) {
                close(r);
            } else if (detail) {
                detail(r);
            }
        }

        private void detail(RawRecord r) {
            try {
                if (layout.side() == Layout.Side.TERMINAL) {
                    TerminalTxn txn = TxnMapper.terminal(r, fileName, date);
                    if (batch != null) {
                        batch.add(txn);
                    }
                    sink.terminalTxn(txn);
                    accept(txn.amountFen());
                } else {
                    BankTxn txn = TxnMapper.bank(r, fileName, date);
                    sink.bankTxn(txn);
                    accept(txn.amountFen());
                }
            } catch (LineRejectedException e) {
                reject(r, e.field(), e.reason(), e.value(), true);
            }
        }

        private void close(RawRecord r) {
            BatchTotals totals = (batch == null ? new BatchTally() : batch).close(fileName, r);
            batch = null;
            batches++;
            outOfBalance += totals.outOfBalance() ? 1 : 0;
            sink.batch(totals);
        }

        private void accept(long amount) {
            records++;
            amountFen = Math.addExact(amountFen, amount);
        }

        private void reject(RawRecord r, String field, String reason, String value, boolean detail) {
            LineReject reject = new LineReject(fileName, r.lineNo(), r.recordType(), field, reason, value);
            if (detail) {
                rejects++;
                firstReject = firstReject == null ? reject : firstReject;
            } else {
                otherRejects++;
            }
            sink.reject(reject);
        }
    }
}
