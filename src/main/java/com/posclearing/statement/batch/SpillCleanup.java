package com.posclearing.statement.batch;

import com.posclearing.ingest.batch.Folders;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.RunParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/** Deletes D's bucket spill once every bucket of D is reconciled: a later rerun reads the tables. */
@Component
public class SpillCleanup implements StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SpillCleanup.class);
    private final Folders folders;

    SpillCleanup(ClearingProperties props) {
        this.folders = new Folders(props);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            BusinessDate d = RunParams.of(step.getJobExecution().getJobParameters()).date();
            delete(folders.spill(d));
            deleteIfEmpty(folders.spill(d).getParent());
        }
        return step.getExitStatus();
    }

    /** Deletes a folder left empty by the spills (D's work folder once its run's lines are gone too). */
    static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // it holds something still: it stays
        }
    }

    /** Deletes a spill folder and what it holds; a failure is logged (a leftover costs disk, not correctness). */
    static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            LOG.warn("could not delete the spill {}: {}", dir, e.getMessage());
        }
    }
}
