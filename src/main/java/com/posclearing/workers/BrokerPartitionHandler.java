package com.posclearing.workers;

import com.posclearing.kernel.Progress;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's side of a partitioned step spread over workers: one request per partition on the queue, then the
 * partitions' leases and statuses polled in one query until each has completed. A failed partition is sent again, up
 * to {@code tries} runs; a partition whose worker stopped beating for {@code leaseMillis} is handed to another worker
 * under a new attempt (the old one can then neither claim nor beat). When a partition has failed its last try, the
 * partitions not yet taken are withdrawn, those running are waited for, and the step fails with a sentence naming
 * the partition and its first error.
 */
final class BrokerPartitionHandler extends AbstractPartitionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerPartitionHandler.class);
    /** Hand-overs of one partition after lost workers before the step gives up (a partition that kills its worker). */
    private static final int MAX_HANDOVERS = 10;

    private final Broker broker;
    private final PartitionLeases leases;
    private final JobRepository jobRepository;
    private final WorkersProperties props;
    private final String workerStep;

    /** @param workerStep the name of the step bean that runs one partition on a worker */
    BrokerPartitionHandler(Broker broker, PartitionLeases leases, JobRepository jobRepository, WorkersProperties props,
            String workerStep, int gridSize) {
        this.workerStep = workerStep;
        this.broker = broker;
        this.leases = leases;
        this.jobRepository = jobRepository;
        this.props = props;
        setGridSize(gridSize);
    }

    /** One partition as the manager follows it. */
    private static final class Track {
        final long id;
        final String name;
        int attempt = 1;
        int failures;
        int handovers;
        String firstError;
        String worker;
        long beats = -1;
        long lastBeatNanos;
        StepExecution ended;

        Track(StepExecution execution) {
            this.id = execution.getId();
            this.name = execution.getStepName();
        }
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        long jobExecutionId = manager.getJobExecutionId();
        List<Track> tracks = partitions.stream().sorted(Comparator.comparing(StepExecution::getStepName)).map(Track::new).toList();
        for (Track t : tracks) {
            leases.open(jobExecutionId, t.id, t.attempt);
            broker.send(new PartitionRequest(workerStep, t.id, t.attempt));
        }
        LOG.info("{}: {} partitions sent to {}; they run on the workers started with ops/settle worker",
                manager.getStepName(), tracks.size(), broker.describe());
        Progress progress = Progress.start(manager.getStepName() + " on workers", "partitions", tracks.size());
        try {
            String poisoned = follow(jobExecutionId, tracks, progress);
            if (poisoned != null) {
                throw new IllegalStateException(poisoned);
            }
        } finally {
            leases.close(jobExecutionId);
        }
        progress.done();
        Set<StepExecution> ended = new HashSet<>();
        tracks.forEach(t -> ended.add(t.ended));
        return ended;
    }

    /** Polls until every partition has ended; returns the sentence of a partition that failed its last try, or null. */
    private String follow(long jobExecutionId, List<Track> tracks, Progress progress) throws InterruptedException {
        String poisoned = null;
        long lastActivityNanos = System.nanoTime();
        while (true) {
            Map<Long, PartitionLeases.State> states = leases.states(jobExecutionId);
            boolean open = false;
            long now = System.nanoTime();
            for (Track t : tracks) {
                if (t.ended != null) {
                    continue;
                }
                PartitionLeases.State s = states.get(t.id);
                if (s.worker() != null && s.attempt() == t.attempt) {
                    t.worker = s.worker();
                }
                if (s.status() == BatchStatus.COMPLETED || s.status().isUnsuccessful() || s.status() == BatchStatus.STOPPED) {
                    lastActivityNanos = now;
                    poisoned = ended(t, jobRepository.getStepExecution(t.id), poisoned, progress);
                } else if (s.worker() != null && s.attempt() == t.attempt && s.beats() != t.beats) {
                    t.beats = s.beats();
                    t.lastBeatNanos = now;
                    lastActivityNanos = now;
                } else if (poisoned != null && t.beats < 0) {
                    withdraw(t, poisoned);
                } else if (t.beats >= 0 && now - t.lastBeatNanos > TimeUnit.MILLISECONDS.toNanos(props.leaseMillis())) {
                    lost(t);
                }
                open |= t.ended == null;
            }
            if (!open) {
                return poisoned;
            }
            if (now - lastActivityNanos > TimeUnit.MILLISECONDS.toNanos(props.waitMillis())) {
                throw new IllegalStateException("no worker has run a partition for " + props.waitMillis() / 1000
                        + " s (" + broker.describe() + "): start workers with ops/settle worker, then restart the run");
            }
            Thread.sleep(props.pollMillis());
        }
    }

    /** A partition whose execution ended: completed, or failed (sent again while tries are left). */
    private String ended(Track t, StepExecution execution, String poisoned, Progress progress) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            t.ended = execution;
            progress.add(1);
            return poisoned;
        }
        t.failures++;
        String error = firstLine(execution.getExitStatus().getExitDescription());
        t.firstError = t.firstError != null ? t.firstError : error;
        if (poisoned != null || t.failures >= props.tries()) {
            t.ended = execution;
            return poisoned != null ? poisoned : "partition " + t.name + " failed " + t.failures + " times (last on worker "
                    + t.worker + "); its first error: " + t.firstError;
        }
        LOG.warn("partition {} failed on worker {} (try {} of {}): {}; sending it again", t.name, t.worker, t.failures,
                props.tries(), error);
        handOver(t, execution);
        return null;
    }

    private void lost(Track t) {
        if (++t.handovers > MAX_HANDOVERS) {
            throw new IllegalStateException("partition " + t.name + " lost its worker " + t.handovers
                    + " times (each stopped beating for " + props.leaseMillis() + " ms): check the workers' logs");
        }
        LOG.warn("partition {}: worker {} has not beaten for {} ms; handing the partition to another worker", t.name,
                t.worker, props.leaseMillis());
        handOver(t, jobRepository.getStepExecution(t.id));
    }

    /** Sends the partition again under a new attempt, its execution reset to not started. */
    private void handOver(Track t, StepExecution execution) {
        t.attempt++;
        t.beats = -1;
        leases.open(execution.getJobExecutionId(), t.id, t.attempt);
        execution.setStatus(BatchStatus.STARTING);
        execution.setExitStatus(ExitStatus.EXECUTING);
        execution.setEndTime(null);
        try {
            jobRepository.update(execution);
        } catch (OptimisticLockingFailureException e) {
            // the old holder saved it meanwhile: the next poll reads what it saved
            LOG.debug("partition {} changed while handed over: {}", t.name, e.getMessage());
        }
        broker.send(new PartitionRequest(workerStep, t.id, t.attempt));
    }

    /** A partition not taken yet when another failed for good: its request is made stale and it ends failed. */
    private void withdraw(Track t, String poisoned) {
        StepExecution execution = jobRepository.getStepExecution(t.id);
        leases.open(execution.getJobExecutionId(), t.id, t.attempt + 1);
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("not run: " + poisoned));
        jobRepository.update(execution);
        t.ended = execution;
    }

    /** The first line of an exit description (a stack trace), without its exception's class name. */
    static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return "(no message)";
        }
        String line = description.strip().lines().findFirst().orElse("");
        int colon = line.indexOf(": ");
        return colon > 0 && line.substring(0, colon).matches("[\\w.$]+") ? line.substring(colon + 2) : line;
    }
}
