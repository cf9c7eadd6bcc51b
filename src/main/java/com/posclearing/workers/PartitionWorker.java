package com.posclearing.workers;

import com.posclearing.kernel.RunContext;
import com.posclearing.support.batch.RunParams;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A worker process's side ({@code ops/settle worker}): takes partition requests from the queue and runs each
 * partition's step execution against the shared job repository, beating its lease meanwhile. A request is skipped
 * when its partition is no longer to run (completed, or its run ended) or was handed to a newer attempt.
 */
@Component
@ConditionalOnProperty(prefix = "clearing.workers", name = "broker")
public class PartitionWorker {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionWorker.class);
    private final Broker broker;
    private final PartitionLeases leases;
    private final JobRepository jobRepository;
    private final WorkersProperties props;
    private final BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "worker-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final String name = ManagementFactory.getRuntimeMXBean().getName();

    PartitionWorker(Broker broker, PartitionLeases leases, JobRepository jobRepository, WorkersProperties props,
            BeanFactory beanFactory) {
        this.broker = broker;
        this.leases = leases;
        this.jobRepository = jobRepository;
        this.props = props;
        this.steps.setBeanFactory(beanFactory);
    }

    /** Starts taking requests, {@code threads} partitions at a time; stop the returned container to stop. */
    public SimpleMessageListenerContainer start(int threads) {
        SimpleMessageListenerContainer container = broker.listen(threads, this::onMessage);
        container.start();
        LOG.info("worker {}: taking partitions from {}, {} at a time", name, broker.describe(), threads);
        return container;
    }

    public String name() {
        return name;
    }

    private void onMessage(Message message) {
        PartitionRequest request = PartitionRequest.fromJson(message.getBody());
        StepExecution execution = jobRepository.getStepExecution(request.stepExecutionId());
        if (execution == null) {
            LOG.warn("worker {}: {} has no step execution (its run was purged?); dropped", name, request);
            return;
        }
        if (!execution.getStatus().isRunning() || !execution.getJobExecution().getStatus().isRunning()) {
            // completed (a redelivery after the work was saved), or its run ended: a restart sends partitions anew
            LOG.info("worker {}: {} is {} in a run that is {}; skipped", name, request, execution.getStatus(),
                    execution.getJobExecution().getStatus());
            return;
        }
        if (!leases.claim(request.stepExecutionId(), request.attempt(), name)) {
            LOG.info("worker {}: {} was handed to a later attempt; skipped", name, request);
            return;
        }
        run(request, execution);
    }

    private void run(PartitionRequest request, StepExecution execution) {
        ScheduledFuture<?> beat = beats.scheduleAtFixedRate(
                () -> leases.beat(request.stepExecutionId(), request.attempt(), name),
                props.heartbeatMillis(), props.heartbeatMillis(), TimeUnit.MILLISECONDS);
        RunParams run = RunParams.of(execution.getJobParameters());
        RunContext.set(run.date(), run.runNo());
        long startNanos = System.nanoTime();
        try {
            Step step = steps.getStep(request.stepName());
            step.execute(execution);
        } catch (Exception | Error e) {
            // the step saves its own failures; this is one from outside it (the step unknown, the repository down)
            execution.addFailureException(e);
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(e));
            jobRepository.update(execution);
        } finally {
            beat.cancel(false);
            RunContext.clear();
        }
        LOG.info("worker {}: {} {} in {} ms", name, request, execution.getStatus().name().toLowerCase(Locale.ROOT),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }
}
