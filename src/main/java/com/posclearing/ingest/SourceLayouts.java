package com.posclearing.ingest;

import java.util.Optional;

/**
 * Which layout a file of a source is read with: the {@code layout:} of the {@code sources.yaml} source whose
 * {@code pattern} the file's name matches. Implemented where sources are read (transfer), so that ingest parses a
 * fetched or landed file with its source's layout, whatever other layout's pattern its name also fits.
 */
@FunctionalInterface
public interface SourceLayouts {
    /** No sources: every file is read with the layout its name matches. */
    SourceLayouts NONE = fileName -> Optional.empty();

    /** The layout name of the source whose pattern {@code fileName} matches, or empty when no source fetches such names. */
    Optional<String> layoutOf(String fileName);
}
