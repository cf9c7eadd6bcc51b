package com.posclearing.console.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.ClearingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The output folder as the downloads page sees it: the files of a date, and a file named by a page only when it is a
 * regular file inside that date's folder — no {@code ..}, no absolute path, no link out of it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OutputFolder {
    private final ClearingProperties props;

    OutputFolder(ClearingProperties props) {
        this.props = props;
    }

    /** A file of a date: its path below the date's folder (with '/') and its size. */
    record OutputFile(String path, long sizeBytes) {
    }

    List<OutputFile> files(BusinessDate d) {
        Path dir = props.outDir().resolve(d.compact());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> new OutputFile(dir.relativize(p).toString().replace('\\', '/'), size(p)))
                    .sorted(Comparator.comparing(OutputFile::path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The file at {@code relative} below D's folder, or empty when it is not a regular file inside it. */
    Optional<Path> file(BusinessDate d, String relative) {
        if (relative == null || relative.isBlank() || relative.contains("..") || relative.startsWith("/")
                || relative.contains("\\") || relative.contains(":")) {
            return Optional.empty();
        }
        try {
            Path root = props.outDir().resolve(d.compact()).toRealPath();
            Path file = root.resolve(relative).normalize();
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
