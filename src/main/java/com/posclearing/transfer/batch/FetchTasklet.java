package com.posclearing.transfer.batch;

import com.posclearing.ingest.DirectorySource;
import com.posclearing.support.PausePoint;
import com.posclearing.ingest.InputSource;
import com.posclearing.ingest.batch.Folders;
import com.posclearing.ingest.batch.InputFiles;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.RunParams;
import com.posclearing.transfer.SftpInputSource;
import com.posclearing.transfer.SourceConfig;
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
 * the schedule set one), or D's archive on a rerun. Source {@code landing} (a restart with {@code --from-dir}) takes
 * the files already placed there. An SFTP source whose files are already in landing (put there by an operator when
 * the link was down, or fetched by an earlier attempt) is not fetched again; the ingest step registers, checks and
 * archives them like fetched ones.
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
        transfers.config(); // sources.yaml and each source's layout are checked first, whatever gives the files
        if ("archive".equals(run.source()) && !landed(run).isEmpty() && !hasFilesOf(folders.archive(run.date()), run)) {
            // a killed attempt moved nothing to the archive yet: its files wait in landing for the ingest step
            LOG.info("input files of {} are already in {}", run.date(), folders.landing(run.date()));
            return RepeatStatus.FINISHED;
        }
        Optional<InputSource> source = RunParams.LANDING.equals(run.source()) || "sftp".equals(run.source())
                ? stillMissing(run, RunParams.inputDeadline(context)) : Optional.of(source(run));
        if (source.isPresent()) {
            List<Path> files = source.get().fetch(run.date(), folders.landing(run.date()));
            files.forEach(f -> contribution.incrementReadCount());
            LOG.info("fetched {} input files of {} from {}", files.size(), run.date(), source.get().describe());
        }
        PausePoint.reached("fetch");
        return RepeatStatus.FINISHED;
    }

    /** The SFTP sources whose files are not in landing yet, if any; for source {@code landing} none. */
    private Optional<InputSource> stillMissing(RunParams run, Optional<Instant> runDeadline) {
        List<String> landed = landed(run).stream().map(p -> p.getFileName().toString()).sorted().toList();
        if (!landed.isEmpty()) {
            LOG.info("input files of {} already in {} (not fetched again): {}", run.date(), folders.landing(run.date()), landed);
        }
        if (RunParams.LANDING.equals(run.source())) {
            if (landed.isEmpty()) {
                throw new InputMissingException("no input file of " + run.date() + " in " + folders.landing(run.date())
                        + ": put them there, or give them with ops/settle restart --date " + run.date() + " --from-dir DIR");
            }
            return Optional.empty();
        }
        List<SourceConfig> lacking = transfers.forFetch(run.date(), landed);
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        // complete, verified files only; the ingest step registers (SHA-256), loads and archives them
        SftpInputSource sftp = new SftpInputSource(lacking);
        // the schedule's inputDeadline is the night's limit; a source's own deadline may be earlier still
        return Optional.of(runDeadline.map(sftp::withDeadlineCap).orElse(sftp));
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

    private InputSource source(RunParams run) {
        String source = run.source();
        if (source.startsWith("dir:")) {
            return new DirectorySource(Path.of(source.substring(4)), inputFiles::isFileOf);
        }
        if ("archive".equals(source)) {
            return new DirectorySource(folders.archive(run.date()), inputFiles::isFileOf);
        }
        throw new IllegalArgumentException("unknown input source '" + source + "' (expected dir:PATH, sftp, landing or archive)");
    }
}
