package com.posclearing.statement.batch;

import com.posclearing.ingest.batch.Folders;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Progress;
import com.posclearing.refdata.RefData;
import com.posclearing.statement.AdjustmentLine;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.LineSpill;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import com.posclearing.statement.batch.StatementQueries.MerchantDay;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.PausePoint;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.spill.SpillFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * One XLSX + CSV statement per merchant with activity or a balance on D (SPEC 4). The merchants are split into the
 * partitions of their lines ({@link LineSpill#partitionOf}); each partition reads its own spill files, sorts its
 * lines and writes its merchants' statements, on a pool of one thread per core. Partitions share nothing but
 * read-only maps, so the cores do not wait on each other.
 */
@Component
public class StatementsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(StatementsTasklet.class);
    private final StatementQueries queries;
    private final RefData refData;
    private final ClearingProperties props;
    private final Folders folders;

    StatementsTasklet(StatementQueries queries, RefData refData, ClearingProperties props) {
        this.queries = queries;
        this.refData = refData;
        this.props = props;
        this.folders = new Folders(props);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        // the pending items are read while the merchant days and adjustments are: two queries on two cores
        CompletableFuture<Map<MerchantId, List<PendingItem>>> pendingLater =
                CompletableFuture.supplyAsync(() -> queries.pending(d, run.runNo()));
        List<MerchantDay> days = queries.merchantDays(d, run.runNo(), refData.get());
        List<List<MerchantDay>> byPartition = new ArrayList<>();
        for (int p = 0; p < LineSpill.PARTITIONS; p++) {
            byPartition.add(new ArrayList<>());
        }
        days.forEach(m -> byPartition.get(LineSpill.partitionOf(m.id())).add(m));
        byPartition.forEach(ms -> ms.sort(Comparator.comparing(MerchantDay::id)));
        Map<MerchantId, List<AdjustmentLine>> adjustments = queries.adjustments(d, run.runNo());
        Map<MerchantId, List<PendingItem>> pending = joined(pendingLater);

        Progress progress = Progress.start("statements " + d + " run " + run.runNo(), "statements", days.size());
        StatementWriter writer = new StatementWriter(Language.parse(props.statementLanguage()), props.acquirerName());
        OutputPaths paths = new OutputPaths(props.outDir(), d);
        Path lines = linesOf(d, run.runNo());
        StatementPartitions.Source database = each -> queries.lines(d, run.runNo(), each);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (StatementPool pool = new StatementPool(threads, progress, () -> PausePoint.reached("statements", props.dataDir()))) {
            for (int p = 0; p < LineSpill.PARTITIONS; p++) {
                List<MerchantDay> merchants = byPartition.get(p);
                int partition = p;
                if (!merchants.isEmpty()) {
                    pool.submit("partition " + p, () -> new PartitionWriter(d, writer, paths, pending, adjustments, pool)
                            .write(partitionLines(lines, database, partition), merchants));
                }
            }
            pool.awaitAll();
        }
        SpillCleanup.delete(lines.getParent());
        SpillCleanup.deleteIfEmpty(lines.getParent().getParent());
        contribution.incrementWriteCount(progress.count());
        progress.done();
        return RepeatStatus.FINISHED;
    }

    /** The run's lines by partition: the reconcile step's spill, or one query split the same way when it is not here. */
    private Path linesOf(BusinessDate d, int runNo) {
        Path lines = folders.lines(d, runNo);
        if (StatementPartitions.complete(lines)) {
            LOG.info("statements of {} run {}: {} partitions of lines from the reconcile spill", d, runNo, LineSpill.PARTITIONS);
            return lines;
        }
        Path fromDatabase = lines.resolveSibling("lines-db");
        LOG.info("statements of {} run {}: the reconcile spill is not complete here; reading the lines from the database",
                d, runNo);
        StatementPartitions.split(each -> queries.lines(d, runNo, each), fromDatabase);
        return fromDatabase;
    }

    /** A partition's lines from its files; a file damaged since it was committed is read around from the database. */
    private static List<LineSpill.Entry> partitionLines(Path lines, StatementPartitions.Source database, int p) {
        try {
            return StatementPartitions.lines(lines, p);
        } catch (SpillFile.Incomplete e) {
            LOG.warn("statement lines of partition {}: {}; reading them from the database", p, e.getMessage());
            return StatementPartitions.lines(database, p);
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The statements of one partition's merchants, on one pool thread. */
    private static final class PartitionWriter {
        private final BusinessDate d;
        private final StatementWriter writer;
        private final OutputPaths paths;
        private final Map<MerchantId, List<PendingItem>> pending;
        private final Map<MerchantId, List<AdjustmentLine>> adjustments;
        private final StatementPool pool;
        private final List<StatementLine> lines = new ArrayList<>();
        private final Map<CardKind, long[]> cardKinds = new EnumMap<>(CardKind.class);

        PartitionWriter(BusinessDate d, StatementWriter writer, OutputPaths paths, Map<MerchantId, List<PendingItem>> pending,
                Map<MerchantId, List<AdjustmentLine>> adjustments, StatementPool pool) {
            this.d = d;
            this.writer = writer;
            this.paths = paths;
            this.pending = pending;
            this.adjustments = adjustments;
            this.pool = pool;
        }

        /** @param entries the partition's lines in statement order; lines of a merchant without a day row are dropped */
        void write(List<LineSpill.Entry> entries, List<MerchantDay> merchants) throws IOException {
            Map<MerchantId, MerchantDay> byId = new HashMap<>();
            merchants.forEach(m -> byId.put(m.id(), m));
            MerchantId current = null;
            for (LineSpill.Entry e : entries) {
                if (!e.merchant().equals(current)) {
                    statement(byId.remove(current));
                    current = e.merchant();
                }
                StatementLine line = e.line();
                lines.add(line);
                if (line.settled()) {
                    long[] sums = cardKinds.computeIfAbsent(line.cardKind(), k -> new long[3]);
                    sums[0]++;
                    sums[1] += line.amountFen();
                    sums[2] += line.feeFen();
                }
            }
            statement(byId.remove(current));
            // merchants with a balance or pending items but no decided transaction on D
            for (MerchantDay m : merchants) {
                if (byId.containsKey(m.id())) {
                    statement(m);
                }
            }
            pool.flush();
        }

        /** Writes the statement of {@code m} from the lines gathered (none, or those of a merchant without a day row). */
        private void statement(MerchantDay m) {
            try {
                if (m != null) {
                    List<CardKindTotal> kinds = new ArrayList<>();
                    cardKinds.forEach((kind, s) -> kinds.add(new CardKindTotal(kind, s[0], s[1], s[2])));
                    writer.write(paths, m.header(d, kinds), lines, adjustments.getOrDefault(m.id(), List.of()),
                            pending.getOrDefault(m.id(), List.of()));
                    pool.written();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the statement of " + m.id() + ": " + e.getMessage(), e);
            } finally {
                lines.clear();
                cardKinds.clear();
            }
        }
    }
}
