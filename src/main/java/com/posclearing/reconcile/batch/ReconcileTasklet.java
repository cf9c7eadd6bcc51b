package com.posclearing.reconcile.batch;

import com.posclearing.fees.FeeCalculator;
import com.posclearing.ingest.batch.FileRegistry;
import com.posclearing.ingest.batch.Folders;
import com.posclearing.ingest.batch.SpilledRecords;
import com.posclearing.ingest.batch.TxnStore;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Progress;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.reconcile.Decision;
import com.posclearing.reconcile.Reason;
import com.posclearing.reconcile.ReconcileResult;
import com.posclearing.reconcile.Reconciler;
import com.posclearing.reconcile.TerminalValidator;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.refdata.TerminalCheck;
import com.posclearing.runs.RunRegistry;
import com.posclearing.statement.LineSpill;
import com.posclearing.statement.StatementLine;
import com.posclearing.support.Buckets;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.PausePoint;
import com.posclearing.support.batch.NumberedPartitions;
import com.posclearing.support.batch.RunParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * SPEC 3.1 for business date D and one terminal bucket (a partition of the reconcile step): D's terminal lines +
 * items pending from the last run before D, against D's bank rows of the same terminals. Memory is bounded by a
 * bucket; buckets run on the cores in parallel, and a restart runs only the buckets that did not complete. A settled
 * terminal record gets its merchant fee and acquirer cost here, where both records are at hand.
 */
@Component
public class ReconcileTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcileTasklet.class);
    /** One partition per bucket, named so the job repository shows which bucket a worker step did. */
    public static final NumberedPartitions PARTITIONS = new NumberedPartitions("bucket", "bucket", Buckets.COUNT);
    private final OutcomeStore outcomes;
    private final RunRegistry runs;
    private final TxnStore txns;
    private final ClearingProperties props;
    private final RefData refData;
    private final BucketRecords records;
    private final Folders folders;
    private final SeenKeys seen;
    private final Map<Long, Progress> progressByExecution = new ConcurrentHashMap<>();

    ReconcileTasklet(OutcomeStore outcomes, RunRegistry runs, TxnStore txns, FileRegistry files, SpilledRecords spilled,
            ClearingProperties props, RefData refData) {
        this.outcomes = outcomes;
        this.runs = runs;
        this.txns = txns;
        this.props = props;
        this.refData = refData;
        this.folders = new Folders(props);
        this.records = new BucketRecords(files, spilled);
        this.seen = new SeenKeys(folders, runs, txns);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        int bucket = PARTITIONS.of(context.getStepContext().getStepExecution());
        outcomes.deleteBucket(d, run.runNo(), bucket);

        BucketRecords.Loaded loaded = records.of(d, bucket);
        List<TerminalTxn> terminal = loaded.terminal();
        List<TerminalTxn> pending = runs.lastCompletedBefore(d)
                .map(prev -> txns.pendingAfter(prev.date(), prev.runNo(), bucket)).orElse(List.of())
                .stream().filter(t -> t.businessDate().compareTo(d) < 0).toList();
        List<BankTxn> bank = loaded.bank();

        ReferenceData ref = refData.get();
        Reconciler reconciler = new Reconciler(props.carryWindowDays(), validator(ref),
                seen.before(d, bucket, props.duplicateLookbackDays()));
        ReconcileResult result = reconciler.reconcile(d, terminal, pending, bank);

        Map<Long, TerminalTxn> terminalById = new HashMap<>();
        terminal.forEach(t -> terminalById.put(t.id(), t));
        pending.forEach(t -> terminalById.put(t.id(), t));
        Map<Long, BankTxn> bankById = new HashMap<>();
        bank.forEach(b -> bankById.put(b.id(), b));

        List<Object[]> settled = new ArrayList<>(result.decisions().size());
        List<Object[]> open = new ArrayList<>();
        MerchantTally tally = new MerchantTally();
        OutcomeTally outcomeTally = new OutcomeTally();
        try (LineSpill.PartitionedWriter lines = new LineSpill.PartitionedWriter(folders.lines(d, run.runNo()), bucket);
                SeenKeys.Writer keys = seen.writer(d, run.runNo(), bucket)) {
            for (Decision decision : result.decisions()) {
                Object[] row = OutcomeStore.row(d, run.runNo(), bucket, decision, terminalById, bankById, fees(ref));
                (decision.outcome().isSettled() ? settled : open).add(row);
                outcomeTally.add(decision);
                if (decision.side() == Side.TERMINAL) {
                    TerminalTxn t = terminalById.get(decision.recordId());
                    tally.add(decision, t.merchantId(), t.txnType(), OutcomeStore.feeOf(row), OutcomeStore.costOf(row));
                    if (decision.outcome() != Outcome.PENDING) {
                        lines.write(statementLine(decision, t, OutcomeStore.feeOf(row)));
                    }
                    keys.add(Side.TERMINAL, t.terminalId(), t.rrn());
                } else {
                    BankTxn b = bankById.get(decision.recordId());
                    keys.add(Side.BANK, b.terminalId(), b.rrn());
                }
            }
            outcomes.insert(settled, open, tally.rows(d, run.runNo(), bucket), outcomeTally.rows(d, run.runNo(), bucket));
            lines.commit();
            keys.commit();
        }
        PausePoint.reached("reconcile", props.dataDir());
        contribution.incrementWriteCount(settled.size() + open.size());
        bucketDone(context.getStepContext().getStepExecution().getJobExecutionId(), d, run.runNo());
        LOG.debug("reconciled {} {} of {}: terminal {} ({} pending from earlier), bank {}; terminal {}, bank {}", d,
                PARTITIONS.name(bucket), Buckets.COUNT, terminal.size() + pending.size(), pending.size(), bank.size(),
                result.outcomes(Side.TERMINAL), result.outcomes(Side.BANK));
        return RepeatStatus.FINISHED;
    }

    /** One progress line for the whole step, whichever worker finishes a bucket; a restart counts only its own buckets. */
    private void bucketDone(long jobExecutionId, BusinessDate d, int runNo) {
        Progress progress = progressByExecution.computeIfAbsent(jobExecutionId,
                id -> Progress.start("reconcile " + d + " run " + runNo, "buckets", Buckets.COUNT));
        progress.add(1);
        // two workers finishing the last buckets together may both see the full count: the one that removes it reports
        if (progress.count() == Buckets.COUNT && progressByExecution.remove(jobExecutionId, progress)) {
            progress.done();
        }
    }

    /** What the statement shows of a decided terminal record: signed amount, fee and net only when settled. */
    private static LineSpill.Entry statementLine(Decision decision, TerminalTxn t, long feeFen) {
        long amount = t.txnType() == TxnType.REFUND ? -t.amountFen() : t.amountFen();
        boolean settled = decision.outcome().isSettled();
        return new LineSpill.Entry(t.merchantId(), t.id(), new StatementLine(t.txnTime(), t.terminalId(), t.batchNo(), t.stan(),
                t.rrn(), t.cardNo(), t.cardKind(), t.txnType(), amount, feeFen, settled ? amount - feeFen : 0,
                decision.outcome().name()));
    }

    /** SPEC 3.2 fee of a settled terminal record under its merchant's plan for its card kind. */
    private static OutcomeStore.Fees fees(ReferenceData ref) {
        return t -> FeeCalculator.merchantFee(ref.feePlanOf(t.merchantId(), t.cardKind()), t.txnType(), t.amountFen());
    }

    private static TerminalValidator validator(ReferenceData ref) {
        TerminalCheck check = new TerminalCheck(ref);
        return txn -> check.check(txn.terminalId(), txn.merchantId()).map(r -> Reason.valueOf(r.name()));
    }
}
