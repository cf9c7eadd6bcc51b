package com.posclearing.ingest.batch;

import com.posclearing.ingest.DirectorySource;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.ClearingProperties;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** D's landing folder as an operator fills it: files received by other means, placed there for a restart. */
@Component
public class LandingFiles {
    private static final Logger LOG = LoggerFactory.getLogger(LandingFiles.class);
    private final Folders folders;
    private final InputFiles inputFiles;

    LandingFiles(ClearingProperties props, InputFiles inputFiles) {
        this.folders = new Folders(props);
        this.inputFiles = inputFiles;
    }

    /** Copies D's input files from {@code dir} into D's landing folder (temp name, then rename); none there: exit 4. */
    public List<Path> place(BusinessDate date, Path dir) {
        List<Path> placed = new DirectorySource(dir, inputFiles::isFileOf).fetch(date, folders.landing(date));
        LOG.info("placed {} input files of {} from {} into {}", placed.size(), date, dir, folders.landing(date));
        return placed;
    }
}
