package com.posclearing.workers;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** What the job asks of this package: a partition handler that spreads a step's partitions over the workers. */
@Component
@ConditionalOnProperty(prefix = "clearing.workers", name = "broker")
public class RemotePartitions {
    private final Broker broker;
    private final PartitionLeases leases;
    private final JobRepository jobRepository;
    private final WorkersProperties props;

    RemotePartitions(Broker broker, PartitionLeases leases, JobRepository jobRepository, WorkersProperties props) {
        this.broker = broker;
        this.leases = leases;
        this.jobRepository = jobRepository;
        this.props = props;
    }

    /** @param workerStep the step bean (found by name on the workers) that runs one partition */
    public PartitionHandler handler(String workerStep, int gridSize) {
        return new BrokerPartitionHandler(broker, leases, jobRepository, props, workerStep, gridSize);
    }
}
