package com.posclearing.retention.batch;

import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The per-date folders of one kind ({@code ROOT/{yyyyMMdd}/} under each root), less what is kept inside them
 * ({@code payouts/} of an output folder). Anything not named like a date is never touched.
 */
final class DateFolders {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private final List<Path> roots;
    private final Optional<String> keptChild;

    DateFolders(List<Path> roots, Optional<String> keptChild) {
        this.roots = roots;
        this.keptChild = keptChild;
    }

    /** Dates up to {@code last} with something to remove, in date order. */
    List<BusinessDate> dates(BusinessDate last) {
        List<BusinessDate> dates = new ArrayList<>();
        for (Path root : roots) {
            for (Path dir : list(root)) {
                date(dir).filter(d -> d.compareTo(last) <= 0 && !dates.contains(d) && !removable(dir).isEmpty()).ifPresent(dates::add);
            }
        }
        dates.sort(Comparator.naturalOrder());
        return dates;
    }

    /** The files that would go for D. */
    long count(BusinessDate d) {
        long files = 0;
        for (Path root : roots) {
            for (Path p : removable(root.resolve(d.compact()))) {
                files += walk(p).stream().filter(Files::isRegularFile).count();
            }
        }
        return files;
    }

    /** Removes D's folders (but the kept child); returns the files removed. */
    long remove(BusinessDate d) {
        long files = 0;
        for (Path root : roots) {
            Path dir = root.resolve(d.compact());
            for (Path p : removable(dir)) {
                for (Path f : walk(p).stream().sorted(Comparator.reverseOrder()).toList()) {
                    files += Files.isRegularFile(f) ? 1 : 0;
                    delete(f);
                }
            }
            if (keptChild.isEmpty() && Files.isDirectory(dir)) {
                delete(dir);
            }
        }
        return files;
    }

    /** What goes of a date folder: the folder itself, or its entries but the kept child. */
    private List<Path> removable(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        if (keptChild.isEmpty()) {
            return List.of(dir);
        }
        return list(dir).stream().filter(p -> !p.getFileName().toString().equals(keptChild.get())).toList();
    }

    private static Optional<BusinessDate> date(Path dir) {
        String name = dir.getFileName().toString();
        if (name.length() != 8 || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BusinessDate(LocalDate.parse(name, COMPACT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> walk(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
        }
    }
}
