package com.posclearing.generator.internal;

import com.posclearing.generator.BulkGenerator.Options;
import com.posclearing.generator.BulkGenerator.Result;
import com.posclearing.kernel.ConfigFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The streaming bulk mode behind {@link com.posclearing.generator.BulkGenerator}, in the order real files come: the
 * terminal file holds each terminal's batches in the order they closed (a batch's lines in time order), the bank file
 * every row in time order, the terminals interleaved. Two passes replay the same per-terminal streams
 * ({@link TerminalDays}), each merged in its file's order through a heap of (second, terminal) keys.
 */
public final class BulkRun {
    private static final int BUFFER_BYTES = 1 << 20;
    /** Keys pack (second of the day, terminal): below 2^24 terminals. */
    private static final int TERMINAL_BITS = 24;
    private static final long TERMINAL_MASK = (1L << TERMINAL_BITS) - 1;

    private final TerminalDays days;
    private final TreeMap<String, Long> terminalTally = new TreeMap<>();
    private final TreeMap<String, Long> bankTally = new TreeMap<>();

    private BulkRun(Options o) {
        this.days = new TerminalDays(o);
    }

    public static Result run(Options o, Path dir) {
        try {
            Path config = Files.createDirectories(dir.resolve("config"));
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            BulkMerchants.write(o.merchants(), config);
            copyBuiltIn("fee-plans.csv", config);
            copyBuiltIn("calendar.csv", config);
            Path pospPath = inbox.resolve("POSP_" + o.date().compact() + "_N01_001.csv");
            Path acomaPath = inbox.resolve("IND" + o.date().compact().substring(2) + "32ACOMA");
            BulkRun r = new BulkRun(o);
            long details;
            try (Writer w = Files.newBufferedWriter(pospPath, StandardCharsets.UTF_8);
                    PospCsvWriter posp = new PospCsvWriter(w, o.date(), "N01", "001",
                            o.date().value().plusDays(1).atTime(0, 30))) {
                r.terminalFile(posp);
                details = posp.detailCount();
            }
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(acomaPath), BUFFER_BYTES);
                    AcomaWriter acoma = new AcomaWriter(out, o.date().value())) {
                r.bankFile(acoma);
                rows = acoma.rows();
            }
            long tallied = r.terminalTally.values().stream().mapToLong(Long::longValue).sum();
            if (details != o.records() || tallied != details) {
                throw new IllegalStateException("the two passes disagree: " + details + " D lines written, " + tallied
                        + " decided, " + o.records() + " asked for");
            }
            return new Result(pospPath, acomaPath, config, details, rows, r.terminalTally, r.bankTally);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bulk files to " + dir, e);
        }
    }

    private static void copyBuiltIn(String name, Path config) throws IOException {
        try (InputStream in = ConfigFiles.builtIn().open(name)) {
            Files.copy(in, config.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Batches in closing order: a terminal's next batch closes at the second of its last line. */
    private void terminalFile(PospCsvWriter posp) {
        days.restart();
        LongHeap heap = new LongHeap();
        for (int t = 0; t < days.terminals(); t++) {
            if (days.quota(t) > 0) {
                heap.push(key(days.second(t, days.batchEnd(t, 0) - 1), t));
            }
        }
        while (!heap.isEmpty()) {
            int t = (int) (heap.pop() & TERMINAL_MASK);
            long first = days.done(t);
            long end = days.batchEnd(t, first);
            posp.beginBatch(BulkMerchants.merchantId(t / 2), BulkMerchants.terminalId(t), days.batchNo(first),
                    days.time(days.second(t, first)), days.time(days.second(t, end - 1)));
            while (days.done(t) < end) {
                days.next(t).lines().forEach(line -> posp.detail(line.detail()));
            }
            posp.endBatch();
            if (end < days.quota(t)) {
                heap.push(key(days.second(t, days.batchEnd(t, end) - 1), t));
            }
        }
    }

    /** Rows in time order: a terminal's key is its next row's second, or its next line's when no row is waiting. */
    private void bankFile(AcomaWriter acoma) {
        days.restart();
        LongHeap heap = new LongHeap();
        Map<Integer, ArrayDeque<TerminalDays.BankRow>> waiting = new HashMap<>();
        for (int t = 0; t < days.terminals(); t++) {
            if (days.quota(t) > 0) {
                heap.push(key(days.second(t, 0), t));
            }
        }
        while (!heap.isEmpty()) {
            int t = (int) (heap.pop() & TERMINAL_MASK);
            ArrayDeque<TerminalDays.BankRow> rows = waiting.get(t);
            if (rows == null) {
                TerminalDays.Case c = days.next(t);
                c.lines().forEach(line -> count(terminalTally, line.outcome()));
                c.rows().forEach(row -> count(bankTally, row.outcome()));
                if (!c.rows().isEmpty()) {
                    rows = new ArrayDeque<>(c.rows());
                    waiting.put(t, rows);
                }
            } else {
                acoma.write(rows.poll().row());
                if (rows.isEmpty()) {
                    waiting.remove(t);
                    rows = null;
                }
            }
            if (rows != null) {
                heap.push(key(rows.peek().second(), t));
            } else if (days.done(t) < days.quota(t)) {
                heap.push(key(days.second(t, days.done(t)), t));
            }
        }
    }

    private static long key(long second, int terminal) {
        return second << TERMINAL_BITS | terminal;
    }

    private static void count(TreeMap<String, Long> tally, String outcome) {
        tally.merge(outcome, 1L, Long::sum);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
