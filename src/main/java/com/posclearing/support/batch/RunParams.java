package com.posclearing.support.batch;

import com.posclearing.kernel.BusinessDate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The job parameters of one run: {@code businessDate} and {@code run} identify it (a rerun is a new run number,
 * never an incrementer); {@code source} says where inputs come from: {@code dir:PATH}, {@code sftp}, {@code archive}
 * or {@code landing} (the files already in D's landing folder: a restart given {@code --from-dir});
 * {@code inputDeadline} (optional, ISO instant, not identifying) is the night's limit for SFTP inputs set by the schedule.
 */
public record RunParams(BusinessDate date, int runNo, String source) {
    public static final String BUSINESS_DATE = "businessDate";
    public static final String RUN = "run";
    public static final String SOURCE = "source";
    public static final String INPUT_DEADLINE = "inputDeadline";
    public static final String LANDING = "landing";

    public static RunParams of(ChunkContext context) {
        return of(context.getStepContext().getStepExecution().getJobParameters());
    }

    public static RunParams of(JobParameters p) {
        return new RunParams(BusinessDate.parse(p.getString(BUSINESS_DATE)), p.getLong(RUN).intValue(),
                p.getString(SOURCE, "archive"));
    }

    /** The run's overall input deadline, when the run was started with one (a restart keeps its parameters). */
    public static Optional<Instant> inputDeadline(JobParameters p) {
        String text = p.getString(INPUT_DEADLINE, null);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter " + INPUT_DEADLINE + " '" + text
                    + "' is not an ISO instant such as 2026-11-23T22:00:00Z", e);
        }
    }

    public static Optional<Instant> inputDeadline(ChunkContext context) {
        return inputDeadline(context.getStepContext().getStepExecution().getJobParameters());
    }
}
