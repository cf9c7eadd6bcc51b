package com.posclearing.statement.batch;

import com.posclearing.ingest.batch.Folders;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Progress;
import com.posclearing.refdata.RefData;
import com.posclearing.statement.AdjustmentLine;
import com.posclearing.statement.LineSpill;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.batch.StatementQueries.MerchantDay;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.RunParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The statements step of a run as its merchant partitions share it. Before them, on the job's JVM, the run's lines
 * are made ready in the data folder: the reconcile spill, or one query of the run's lines split the same way when
 * that spill is not here (a restart on another host). Each JVM that runs partitions (the job's, or a worker's) reads
 * the merchant days, adjustments and pending items of the run once, not once per partition. After a completed step
 * the lines are deleted.
 */
@Component
public class StatementRuns implements StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(StatementRuns.class);
    private final StatementQueries queries;
    private final RefData refData;
    private final Folders folders;
    /** The inputs of the last run this JVM wrote statements of; guarded by this. */
    private Inputs current;

    StatementRuns(StatementQueries queries, RefData refData, ClearingProperties props) {
        this.queries = queries;
        this.refData = refData;
        this.folders = new Folders(props);
    }

    /** What every partition of a run reads besides its own lines, and the counts they share in this JVM. */
    record Inputs(long jobExecutionId, Path lines, List<List<MerchantDay>> byPartition,
                  Map<MerchantId, List<AdjustmentLine>> adjustments, Map<MerchantId, List<PendingItem>> pending,
                  Progress progress, AtomicInteger written) {
    }

    @Override
    public void beforeStep(StepExecution step) {
        RunParams run = RunParams.of(step.getJobExecution().getJobParameters());
        Path lines = folders.lines(run.date(), run.runNo());
        if (StatementPartitions.complete(lines)) {
            LOG.info("statements of {} run {}: {} partitions of lines from the reconcile spill", run.date(), run.runNo(),
                    LineSpill.PARTITIONS);
            return;
        }
        LOG.info("statements of {} run {}: the reconcile spill is not complete here; reading the lines from the database",
                run.date(), run.runNo());
        StatementPartitions.split(each -> queries.lines(run.date(), run.runNo(), each), fromDatabase(lines));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            RunParams run = RunParams.of(step.getJobExecution().getJobParameters());
            Path lines = folders.lines(run.date(), run.runNo());
            SpillCleanup.delete(lines.getParent());
            SpillCleanup.deleteIfEmpty(lines.getParent().getParent());
        }
        synchronized (this) {
            if (current != null && current.jobExecutionId() == step.getJobExecutionId()) {
                current.progress().done();
                current = null;
            }
        }
        return step.getExitStatus();
    }

    /** The inputs of the run of job execution {@code jobExecutionId}, read on the first call in this JVM. */
    synchronized Inputs inputs(long jobExecutionId, BusinessDate d, int runNo) {
        if (current != null && current.jobExecutionId() == jobExecutionId) {
            return current;
        }
        // the pending items are read while the merchant days and adjustments are: two queries on two cores
        CompletableFuture<Map<MerchantId, List<PendingItem>>> pendingLater =
                CompletableFuture.supplyAsync(() -> queries.pending(d, runNo));
        List<MerchantDay> days = queries.merchantDays(d, runNo, refData.get());
        List<List<MerchantDay>> byPartition = new ArrayList<>();
        for (int p = 0; p < LineSpill.PARTITIONS; p++) {
            byPartition.add(new ArrayList<>());
        }
        days.forEach(m -> byPartition.get(LineSpill.partitionOf(m.id())).add(m));
        byPartition.forEach(ms -> ms.sort(Comparator.comparing(MerchantDay::id)));
        Map<MerchantId, List<AdjustmentLine>> adjustments = queries.adjustments(d, runNo);
        Map<MerchantId, List<PendingItem>> pending = joined(pendingLater);
        Path spill = folders.lines(d, runNo);
        Path lines = StatementPartitions.complete(spill) ? spill : fromDatabase(spill);
        if (!Files.isDirectory(lines)) {
            throw new IllegalStateException("the statement lines of " + d + " run " + runNo + " are neither in the"
                    + " reconcile spill nor read from the database in " + lines + ": restart the run");
        }
        current = new Inputs(jobExecutionId, lines, byPartition, adjustments, pending,
                Progress.start("statements " + d + " run " + runNo, "statements", days.size()), new AtomicInteger());
        return current;
    }

    private static Path fromDatabase(Path spill) {
        return spill.resolveSibling("lines-db");
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
