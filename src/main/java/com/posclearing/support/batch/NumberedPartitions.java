package com.posclearing.support.batch;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The partitions of a partitioned step, numbered 0 … {@code count} − 1: each named {@code prefix} and two digits
 * ({@code bucket03}), so the job repository, the logs and the status name the same partition the same way, with its
 * number under {@code key} in its context. The grid size Spring Batch passes is ignored: the partitions are fixed.
 */
public record NumberedPartitions(String prefix, String key, int count) implements Partitioner {

    public String name(int n) {
        return String.format("%s%02d", prefix, n);
    }

    /** The number of the partition {@code step} runs. */
    public int of(StepExecution step) {
        return step.getExecutionContext().getInt(key);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> out = new TreeMap<>();
        for (int n = 0; n < count; n++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt(key, n);
            out.put(name(n), ctx);
        }
        return out;
    }
}
