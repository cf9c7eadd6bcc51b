package com.posclearing.job;

import com.posclearing.agents.batch.SharesTasklet;
import com.posclearing.ingest.batch.IngestTasklet;
import com.posclearing.kernel.RunContext;
import com.posclearing.payout.batch.SettleTasklet;
import com.posclearing.reconcile.batch.OutcomeStatistics;
import com.posclearing.reconcile.batch.ReconcileTasklet;
import com.posclearing.report.batch.ReportsTasklet;
import com.posclearing.runs.RunListener;
import com.posclearing.runs.RunLock;
import com.posclearing.statement.batch.SpillCleanup;
import com.posclearing.statement.batch.StatementRuns;
import com.posclearing.statement.batch.StatementsTasklet;
import com.posclearing.support.batch.NumberedPartitions;
import com.posclearing.transfer.batch.DeliverTasklet;
import com.posclearing.transfer.batch.FetchTasklet;
import com.posclearing.workers.RemotePartitions;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly-settlement job of business date D (parameters {@code businessDate}, {@code run}; see
 * {@code jobs/nightly-settlement.yaml}). Every step is a tasklet that first removes what an earlier attempt of the
 * same run left, so a restart re-runs the failed step cleanly; ingest commits file by file.
 */
@Configuration
public class NightlySettlementJobConfig {
    public static final String JOB_NAME = RunLock.SETTLEMENT_JOB;
    static final String RECONCILE_BUCKET = "reconcileBucket";
    static final String STATEMENT_PARTITION = "statementPartition";
    public static final List<String> STEPS = List.of("fetch", "ingest", "reconcile", "settle", "shares", "statements",
            "reports", "deliver");

    @Bean
    Job nightlySettlementJob(JobRepository repository, PlatformTransactionManager tm, FetchTasklet fetch,
            IngestTasklet ingest, ReconcileTasklet reconcile, SettleTasklet settle, SharesTasklet shares,
            ReportsTasklet reports, DeliverTasklet deliver, RunListener listener, SpillCleanup spillCleanup,
            OutcomeStatistics statistics, StatementRuns statementRuns, @Qualifier(RECONCILE_BUCKET) Step reconcileBucket,
            @Qualifier(STATEMENT_PARTITION) Step statementPartition, ObjectProvider<RemotePartitions> remote) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(listener)
                .start(step(STEPS.get(0), fetch, repository, tm))
                .next(step(STEPS.get(1), ingest, repository, tm))
                .next(partitioned(STEPS.get(2), reconcileBucket, ReconcileTasklet.PARTITIONS, repository,
                        List.of(spillCleanup, statistics), remote.getIfAvailable()))
                .next(step(STEPS.get(3), settle, repository, tm))
                .next(step(STEPS.get(4), shares, repository, tm))
                .next(partitioned(STEPS.get(5), statementPartition, StatementsTasklet.PARTITIONS, repository,
                        List.of(statementRuns), remote.getIfAvailable()))
                .next(step(STEPS.get(6), reports, repository, tm))
                .next(step(STEPS.get(7), deliver, repository, tm))
                .build();
    }

    /**
     * One reconcile bucket: a bean, found by its name by the worker processes (package workers) that run the buckets
     * when a broker is configured.
     */
    @Bean(RECONCILE_BUCKET)
    Step reconcileBucket(JobRepository repository, PlatformTransactionManager tm, ReconcileTasklet reconcile) {
        return step(RECONCILE_BUCKET, reconcile, repository, tm);
    }

    /** The statements of one share of the merchants: a bean for the same reason as {@link #reconcileBucket}. */
    @Bean(STATEMENT_PARTITION)
    Step statementPartition(JobRepository repository, PlatformTransactionManager tm, StatementsTasklet statements) {
        return step(STATEMENT_PARTITION, statements, repository, tm);
    }

    /**
     * A step over its partitions (reconcile: terminal buckets; statements: shares of the merchants): on the worker
     * processes when a broker is configured, else one partition per core in this JVM (Spring Batch local partitioning).
     */
    private static Step partitioned(String name, Step worker, NumberedPartitions partitioner, JobRepository repository,
            List<StepExecutionListener> listeners, RemotePartitions remote) {
        int gridSize = partitioner.count();
        var builder = new StepBuilder(name, repository).partitioner(worker.getName(), partitioner);
        listeners.forEach(builder::listener);
        if (remote != null) {
            return builder.partitionHandler(remote.handler(worker.getName(), gridSize)).build();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(Math.max(1, Runtime.getRuntime().availableProcessors()));
        executor.setTaskDecorator(RunContext::carried);
        return builder.step(worker).gridSize(gridSize).taskExecutor(executor).build();
    }

    private static Step step(String name, Tasklet tasklet,
            JobRepository repository, PlatformTransactionManager tm) {
        return new StepBuilder(name, repository).tasklet(tasklet, tm).build();
    }
}
