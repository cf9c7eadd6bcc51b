package com.posclearing.statement.batch;

import com.posclearing.kernel.MerchantId;
import com.posclearing.runs.ReportQueries;
import com.posclearing.statement.LineSpill;
import com.posclearing.support.Buckets;
import com.posclearing.support.spill.SpillFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The statement lines of a run regrouped by chunk of merchants: one sequential pass over the reconcile buckets'
 * {@link LineSpill} files (or, when one is absent or incomplete — a restart on another host —, over one query of the
 * run's lines) writes one file per chunk; each chunk is then read and sorted on its own. Sequential reads instead of
 * picking each chunk's lines out of the tables by an index.
 */
final class StatementChunks {
    private static final Comparator<LineSpill.Entry> STATEMENT_ORDER = Comparator.comparing(LineSpill.Entry::merchant)
            .thenComparing(e -> e.line().txnTime()).thenComparingLong(LineSpill.Entry::txnId);
    private final Path dir;

    private StatementChunks(Path dir) {
        this.dir = dir;
    }

    /** Every line of a run, once, in any order. */
    @FunctionalInterface
    interface Source {
        void forEach(Consumer<LineSpill.Entry> each) throws SpillFile.Incomplete;
    }

    /** The lines the reconcile buckets spilled, bucket after bucket. */
    static Source buckets(Path bucketDir) {
        return each -> {
            for (int b = 0; b < Buckets.COUNT; b++) {
                try (LineSpill.Reader in = new LineSpill.Reader(SpillFile.ofBucket(bucketDir, b))) {
                    for (LineSpill.Entry e = in.next(); e != null; e = in.next()) {
                        each.accept(e);
                    }
                }
            }
        };
    }

    /**
     * @param firsts the first merchant of each chunk, ascending; a line goes to the last chunk whose first merchant is
     *               not after its own (lines of a merchant before the first chunk have no statement and are dropped)
     * @throws SpillFile.Incomplete when the source is; nothing is left in {@code chunkDir} then
     */
    static StatementChunks partition(Source source, List<MerchantId> firsts, Path chunkDir) throws SpillFile.Incomplete {
        SpillCleanup.delete(chunkDir);
        List<LineSpill.Writer> writers = new ArrayList<>();
        try {
            for (int c = 0; c < firsts.size(); c++) {
                writers.add(new LineSpill.Writer(chunkFile(chunkDir, c)));
            }
            source.forEach(e -> {
                int at = Collections.binarySearch(firsts, e.merchant());
                int chunk = at >= 0 ? at : -at - 2;
                if (chunk >= 0) {
                    writers.get(chunk).write(e);
                }
            });
            writers.forEach(LineSpill.Writer::commit);
            return new StatementChunks(chunkDir);
        } catch (SpillFile.Incomplete e) {
            SpillCleanup.delete(chunkDir);
            throw e;
        } finally {
            writers.forEach(LineSpill.Writer::close);
        }
    }

    /** The lines of chunk {@code c} in statement order: merchant, transaction time, record id. */
    void lines(int c, ReportQueries.LineSink sink) {
        List<LineSpill.Entry> entries = new ArrayList<>();
        try (LineSpill.Reader in = new LineSpill.Reader(chunkFile(dir, c))) {
            for (LineSpill.Entry e = in.next(); e != null; e = in.next()) {
                entries.add(e);
            }
        } catch (SpillFile.Incomplete e) {
            throw new IllegalStateException("the statement lines of chunk " + c + " were written by this step and are now "
                    + e.getMessage(), e);
        }
        entries.sort(STATEMENT_ORDER);
        entries.forEach(e -> sink.accept(e.merchant(), e.line()));
    }

    private static Path chunkFile(Path dir, int c) {
        return dir.resolve(String.format("c%05d.bin", c));
    }
}
