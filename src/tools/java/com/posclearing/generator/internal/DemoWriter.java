package com.posclearing.generator.internal;

import com.posclearing.generator.internal.DemoBook.Batch;
import com.posclearing.generator.internal.DemoBook.BankEntry;
import com.posclearing.generator.internal.DemoBook.Day;
import com.posclearing.generator.internal.DemoBook.PospFile;
import com.posclearing.generator.internal.DemoBook.TermEntry;
import com.posclearing.kernel.BusinessDate;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo's input files and the machine-readable list of expected outcomes; returns the files written.
 * Checks the book first: every record has an outcome in its own run, and a PENDING item is followed in the next run.
 */
public final class DemoWriter {
    /** Columns of {@code expected-outcomes.csv}: one row per record per run it takes part in. */
    public static final String EXPECTED_HEADER =
            "run_date,side,file,line,merchant_id,terminal_id,rrn,txn_type,amount_fen,outcome,why";

    private DemoWriter() {
    }

    public static List<Path> write(DemoBook book, Path dir) {
        check(book);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Day day : book.days()) {
                for (PospFile f : day.files) {
                    written.add(writePosp(f, dir.resolve(f.name())));
                }
                written.add(writeAcoma(day, dir.resolve(day.acomaName())));
            }
            Path expected = dir.resolve("expected-outcomes.csv");
            Files.writeString(expected, expectedCsv(book), StandardCharsets.UTF_8);
            written.add(expected);
            Path readme = dir.resolve("README.md");
            Files.writeString(readme, DemoReadme.render(book), StandardCharsets.UTF_8);
            written.add(readme);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo files to " + dir, e);
        }
        return written;
    }

    private static Path writePosp(PospFile f, Path path) throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                PospCsvWriter posp = new PospCsvWriter(w, f.day.date, f.node, f.seq, f.createdAt)) {
            for (Batch b : f.batches) {
                posp.beginBatch(b.merchant.id(), b.terminal, b.batchNo, f.day.at("07:30:00"),
                        f.day.at("23:50:00"));
                for (TermEntry e : b.entries) {
                    e.lineNo = posp.detail(e.detail);
                }
                if (b.summaryOverride == null) {
                    posp.endBatch();
                } else {
                    long[] s = b.summaryOverride;
                    posp.endBatch(s[0], s[1], s[2], s[3]);
                }
            }
        }
        return path;
    }

    private static Path writeAcoma(Day day, Path path) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path));
                AcomaWriter acoma = new AcomaWriter(out, day.date.value())) {
            for (BankEntry e : day.bank) {
                e.lineNo = acoma.write(e.row());
            }
        }
        return path;
    }

    static String expectedCsv(DemoBook book) {
        StringBuilder sb = new StringBuilder(EXPECTED_HEADER).append('\n');
        for (Day run : book.days()) {
            for (Expected x : expected(book, run.date)) {
                sb.append(x.csv()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The records of the run of {@code run} with their outcomes, terminal side first. */
    static List<Expected> expected(DemoBook book, BusinessDate run) {
        List<Expected> list = new ArrayList<>();
        for (Day day : book.days()) {
            for (PospFile f : day.files) {
                for (Batch b : f.batches) {
                    for (TermEntry e : b.entries) {
                        String outcome = e.outcomes.get(run);
                        if (outcome != null) {
                            list.add(new Expected(run, "terminal", f.name(), e.lineNo, b.merchant.id().value(),
                                    e.detail.terminalId().value(), e.detail.rrn().value(),
                                    e.detail.txnType().name(), e.detail.amountFen(), outcome, e.whys.get(run)));
                        }
                    }
                }
            }
        }
        for (Day day : book.days()) {
            if (day.date.equals(run)) {
                for (BankEntry e : day.bank) {
                    AcomaRow r = e.row();
                    String type = "000000".equals(r.processingCode()) ? "SALE" : "0220".equals(r.mti()) ? "REFUND" : "VOID";
                    list.add(new Expected(run, "bank", day.acomaName(), e.lineNo, r.merchantId().value(),
                            r.terminalId().value(), r.rrn().value(), type, r.amountFen(), e.outcome, e.note));
                }
            }
        }
        return list;
    }

    private static void check(DemoBook book) {
        List<BusinessDate> dates = book.days().stream().map(d -> d.date).toList();
        for (Day day : book.days()) {
            for (PospFile f : day.files) {
                for (Batch b : f.batches) {
                    for (TermEntry e : b.entries) {
                        if (!e.outcomes.containsKey(day.date)) {
                            throw new IllegalStateException("no expected outcome for " + e.detail.rrn() + " on " + day.date);
                        }
                        e.outcomes.forEach((run, outcome) -> {
                            BusinessDate next = run.plusDays(1);
                            if ("PENDING".equals(outcome) && dates.contains(next) && !e.outcomes.containsKey(next)) {
                                throw new IllegalStateException("PENDING " + e.detail.rrn() + " has no outcome on " + next);
                            }
                        });
                    }
                }
            }
            for (BankEntry e : day.bank) {
                if (e.outcome == null) {
                    throw new IllegalStateException("no expected outcome for bank row " + e.row().rrn());
                }
            }
        }
    }

    /** One row of expected-outcomes.csv. */
    record Expected(BusinessDate run, String side, String file, long line, String merchantId, String terminalId,
            String rrn, String txnType, long amountFen, String outcome, String why) {
        String csv() {
            return String.join(",", run.toString(), side, file, Long.toString(line), merchantId, terminalId, rrn,
                    txnType, Long.toString(amountFen), outcome, "\"" + why.replace("\"", "\"\"") + "\"");
        }
    }
}
