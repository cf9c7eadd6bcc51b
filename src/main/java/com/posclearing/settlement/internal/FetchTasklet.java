package com.posclearing.settlement.internal;

import com.posclearing.ingest.DirectorySource;
import com.posclearing.ingest.InputSource;
import com.posclearing.settlement.ClearingProperties;
import com.posclearing.transfer.SftpInputSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Brings D's input files into the landing folder from the run's source: a local folder, the SFTP sources of
 * {@code sources.yaml} (waiting for them up to each source's deadline, capped by the run's {@code inputDeadline} when
 * the schedule set one), or D's archive on a rerun.
 */
@Component
public class FetchTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(FetchTasklet.class);
    private final Folders folders;
    private final InputFiles inputFiles;
    private final TransferSettings transfers;

    FetchTasklet(ClearingProperties props, InputFiles inputFiles, TransferSettings transfers) {
        this.folders = new Folders(props);
        this.inputFiles = inputFiles;
        this.transfers = transfers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        if ("archive".equals(run.source()) && !landed(run).isEmpty() && !hasFilesOf(folders.archive(run.date()), run)) {
            // a killed attempt moved nothing to the archive yet: its files wait in landing for the ingest step
            LOG.info("input files of {} are already in {}", run.date(), folders.landing(run.date()));
            return RepeatStatus.FINISHED;
        }
        InputSource source = source(run, RunParams.inputDeadline(context));
        List<Path> files = source.fetch(run.date(), folders.landing(run.date()));
        files.forEach(f -> contribution.incrementReadCount());
        LOG.info("fetched {} input files of {} from {}", files.size(), run.date(), source.describe());
        return RepeatStatus.FINISHED;
    }

    private List<Path> landed(RunParams run) {
        return filesOf(folders.landing(run.date()), run);
    }

    private boolean hasFilesOf(Path dir, RunParams run) {
        return !filesOf(dir, run).isEmpty();
    }

    private List<Path> filesOf(Path dir, RunParams run) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> inputFiles.isFileOf(p.getFileName().toString(), run.date())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private InputSource source(RunParams run, Optional<Instant> runDeadline) {
        String source = run.source();
        if (source.startsWith("dir:")) {
            return new DirectorySource(Path.of(source.substring(4)), inputFiles::isFileOf);
        }
        if ("sftp".equals(source)) {
            // complete, verified files only; the ingest step registers (SHA-256), loads and archives them
            SftpInputSource sftp = SftpInputSource.of(transfers.forFetch());
            // the schedule's inputDeadline is the night's limit; a source's own deadline may be earlier still
            return runDeadline.map(sftp::withDeadlineCap).orElse(sftp);
        }
        if ("archive".equals(source)) {
            return new DirectorySource(folders.archive(run.date()), inputFiles::isFileOf);
        }
        throw new IllegalArgumentException("unknown input source '" + source + "' (expected dir:PATH, sftp or archive)");
    }
}
