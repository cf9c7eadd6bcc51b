package com.posclearing.workers;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who runs which partition ({@code partition_lease}): the manager opens a lease per attempt, a worker claims the
 * current attempt and beats a counter while it runs. The manager compares beats on its own clock, so the hosts'
 * clocks need not agree. A lease lives as long as its partitioned step.
 */
@Component
class PartitionLeases {
    private final JdbcTemplate jdbc;

    PartitionLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A partition as the manager polls it: its lease and its step execution's status. */
    record State(int attempt, String worker, long beats, BatchStatus status) {
    }

    /** Attempt {@code attempt} of a partition, not yet claimed: an older attempt's worker can no longer claim or beat. */
    void open(long jobExecutionId, long stepExecutionId, int attempt) {
        if (jdbc.update("UPDATE partition_lease SET attempt = ?, worker = NULL, beats = 0 WHERE step_execution_id = ?",
                attempt, stepExecutionId) == 0) {
            jdbc.update("INSERT INTO partition_lease (step_execution_id, job_execution_id, attempt, worker, beats)"
                    + " VALUES (?, ?, ?, NULL, 0)", stepExecutionId, jobExecutionId, attempt);
        }
    }

    /** True when {@code attempt} is still the partition's current one; the worker is then its holder. */
    boolean claim(long stepExecutionId, int attempt, String worker) {
        return jdbc.update("UPDATE partition_lease SET worker = ?, beats = beats + 1 WHERE step_execution_id = ? AND attempt = ?",
                worker, stepExecutionId, attempt) == 1;
    }

    /** One beat of the holder; false when the partition was handed to another attempt meanwhile. */
    boolean beat(long stepExecutionId, int attempt, String worker) {
        return jdbc.update("UPDATE partition_lease SET beats = beats + 1 WHERE step_execution_id = ? AND attempt = ? AND worker = ?",
                stepExecutionId, attempt, worker) == 1;
    }

    /** Every partition of a job execution's open leases, in one query (the manager polls this). */
    Map<Long, State> states(long jobExecutionId) {
        Map<Long, State> states = new HashMap<>();
        jdbc.query("SELECT l.step_execution_id, l.attempt, l.worker, l.beats, s.STATUS FROM partition_lease l"
                + " JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = l.step_execution_id WHERE l.job_execution_id = ?",
                rs -> {
                    states.put(rs.getLong(1), new State(rs.getInt(2), rs.getString(3), rs.getLong(4),
                            BatchStatus.valueOf(rs.getString(5))));
                }, jobExecutionId);
        return states;
    }

    void close(long jobExecutionId) {
        jdbc.update("DELETE FROM partition_lease WHERE job_execution_id = ?", jobExecutionId);
    }
}
