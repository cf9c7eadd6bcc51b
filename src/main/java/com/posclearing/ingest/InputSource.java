package com.posclearing.ingest;

import com.posclearing.kernel.BusinessDate;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the input files of a business date come from: a local folder ({@code --from-dir}, the demo) or SFTP
 * servers. Implementations deliver only complete, verified files.
 */
public interface InputSource {

    /**
     * Brings business date D's input files into {@code landingDir} and returns their paths. Waits for missing
     * files until the source's deadline, then throws {@link com.posclearing.kernel.InputMissingException}.
     */
    List<Path> fetch(BusinessDate date, Path landingDir);

    /** A short description for logs and status, e.g. {@code sftp://bank@127.0.0.1:2222/out}. */
    String describe();
}
