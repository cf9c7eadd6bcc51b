package com.posclearing.ingest;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputMissingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Input files taken from a local folder: {@code --from-dir} when a link is down, the archive on a rerun. Copies D's
 * files to the landing folder under a temporary name, then renames them, so a half-copied file is never loaded.
 */
public final class DirectorySource implements InputSource {
    private final Path dir;
    private final BiPredicate<String, BusinessDate> isFileOfDate;

    /** @param isFileOfDate tells from a file name whether it is an input of date D (the layouts' name patterns) */
    public DirectorySource(Path dir, BiPredicate<String, BusinessDate> isFileOfDate) {
        this.dir = dir;
        this.isFileOfDate = isFileOfDate;
    }

    @Override
    public List<Path> fetch(BusinessDate date, Path landingDir) {
        if (!Files.isDirectory(dir)) {
            throw new InputMissingException("input folder " + dir + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> ofDate = files.filter(Files::isRegularFile)
                    .filter(p -> isFileOfDate.test(p.getFileName().toString(), date)).sorted().toList();
            if (ofDate.isEmpty()) {
                throw new InputMissingException("no input file of " + date + " in " + dir);
            }
            Files.createDirectories(landingDir);
            for (Path source : ofDate) {
                Path target = landingDir.resolve(source.getFileName().toString());
                Path temp = landingDir.resolve("." + source.getFileName() + ".part");
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return ofDate.stream().map(p -> landingDir.resolve(p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy input files of " + date + " from " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "folder " + dir;
    }
}
