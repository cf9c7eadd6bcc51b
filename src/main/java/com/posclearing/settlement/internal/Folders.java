package com.posclearing.settlement.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.settlement.ClearingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The file lifecycle of inputs: landing → archive/{date} | quarantine/{date} with the reason beside the file. */
final class Folders {
    private final Path data;
    private final Path out;

    Folders(ClearingProperties props) {
        this.data = props.dataDir();
        this.out = props.outDir();
    }

    Path landing(BusinessDate d) {
        return data.resolve("landing").resolve(d.compact());
    }

    Path archive(BusinessDate d) {
        return data.resolve("archive").resolve(d.compact());
    }

    Path quarantine(BusinessDate d) {
        return data.resolve("quarantine").resolve(d.compact());
    }

    Path out(BusinessDate d) {
        return out.resolve(d.compact());
    }

    void archive(Path file, BusinessDate d) {
        move(file, archive(d));
    }

    void quarantine(Path file, BusinessDate d, String reason) {
        Path target = move(file, quarantine(d));
        try {
            Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reason beside " + target, e);
        }
    }

    private static Path move(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.getFileName().toString());
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder + ": " + e.getMessage(), e);
        }
    }
}
