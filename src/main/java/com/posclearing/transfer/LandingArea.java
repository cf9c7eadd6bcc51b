package com.posclearing.transfer;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.transfer.internal.SecureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The life of an input file on disk: {@code landing/} → {@code archive/{yyyyMMdd}/} once loaded, or
 * {@code quarantine/{yyyyMMdd}/} with {@code NAME.reason.txt} beside it when it failed. All folders 0700, the
 * files in archive and quarantine 0600 (owner only: they hold what the sources sent, card data included).
 */
public final class LandingArea {
    private final Path root;

    public LandingArea(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The landing folder (created 0700). */
    public Path landing() {
        return folder(root.resolve("landing"));
    }

    public Path archiveFolder(BusinessDate date) {
        return folder(root.resolve("archive").resolve(date.compact()));
    }

    public Path quarantineFolder(BusinessDate date) {
        return folder(root.resolve("quarantine").resolve(date.compact()));
    }

    /** Moves a loaded (or skipped duplicate) file to the archive of its business date; returns the new path. */
    public Path archive(Path file, BusinessDate date) {
        return move(file, archiveFolder(date));
    }

    /** Moves a failed file to quarantine and writes {@code reason} next to it, for the operator. */
    public Path quarantine(Path file, BusinessDate date, String reason) {
        Path moved = move(file, quarantineFolder(date));
        Path why = moved.resolveSibling(moved.getFileName() + ".reason.txt");
        try {
            SecureFiles.newFile(why);
            Files.writeString(why, reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + why, e);
        }
        return moved;
    }

    /** The moved file is made 0600: an input holds card numbers as received, whatever mode it arrived with. */
    private static Path move(Path file, Path folder) {
        try {
            Path moved = Files.move(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(moved, SecureFiles.FILE);
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    private static Path folder(Path dir) {
        try {
            return SecureFiles.folder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
