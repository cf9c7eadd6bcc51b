package com.posclearing.statement.batch;

import com.posclearing.statement.LineSpill;
import com.posclearing.support.Buckets;
import com.posclearing.support.spill.SpillFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The statement lines of a run by merchant partition ({@link LineSpill#partitionOf}): the reconcile buckets wrote
 * each partition's files ({@code pPP/bBB.bin}), so a partition is read on its own, on any thread, and holds every
 * line of its merchants. When that spill is not complete here (a restart on another host), one query of the run's
 * lines is split into the same layout first.
 */
final class StatementPartitions {
    private static final Comparator<LineSpill.Entry> STATEMENT_ORDER = Comparator.comparing(LineSpill.Entry::merchant)
            .thenComparing(e -> e.line().txnTime()).thenComparingLong(LineSpill.Entry::txnId);

    private StatementPartitions() {
    }

    /** Every line of a run, once, in any order. */
    @FunctionalInterface
    interface Source {
        void forEach(Consumer<LineSpill.Entry> each);
    }

    /** True when every reconcile bucket committed its file of every partition in {@code linesDir}. */
    static boolean complete(Path linesDir) {
        for (int p = 0; p < LineSpill.PARTITIONS; p++) {
            for (int b = 0; b < Buckets.COUNT; b++) {
                if (!Files.isRegularFile(SpillFile.ofBucket(LineSpill.partitionDir(linesDir, p), b))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Splits the lines of {@code source} into one file per partition in {@code dir} (as one writer would). */
    static void split(Source source, Path dir) {
        SpillCleanup.delete(dir);
        try (LineSpill.PartitionedWriter out = new LineSpill.PartitionedWriter(dir, 0)) {
            source.forEach(out::write);
            out.commit();
        }
    }

    /** The lines of partition {@code p} in statement order: merchant, transaction time, record id. */
    static List<LineSpill.Entry> lines(Path dir, int p) throws SpillFile.Incomplete {
        List<LineSpill.Entry> entries = new ArrayList<>();
        for (Path file : files(LineSpill.partitionDir(dir, p))) {
            try (LineSpill.Reader in = new LineSpill.Reader(file)) {
                for (LineSpill.Entry e = in.next(); e != null; e = in.next()) {
                    entries.add(e);
                }
            }
        }
        entries.sort(STATEMENT_ORDER);
        return entries;
    }

    /** The lines of partition {@code p} picked out of {@code source}, in statement order (a damaged spill file). */
    static List<LineSpill.Entry> lines(Source source, int p) {
        List<LineSpill.Entry> entries = new ArrayList<>();
        source.forEach(e -> {
            if (LineSpill.partitionOf(e.merchant()) == p) {
                entries.add(e);
            }
        });
        entries.sort(STATEMENT_ORDER);
        return entries;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("b\\d+\\.bin")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the statement lines in " + dir + ": " + e.getMessage(), e);
        }
    }
}
