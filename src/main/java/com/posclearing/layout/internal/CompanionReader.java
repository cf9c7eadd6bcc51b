package com.posclearing.layout.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.StoredText;
import com.posclearing.layout.Companion;
import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.FileNamePattern;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RawRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds a file's companion beside it and reads the totals line (see {@link Companion}). */
public final class CompanionReader {
    private CompanionReader() {
    }

    public static Companion.Totals read(Layout layout, Path file, String fileName) {
        Companion c = layout.companion();
        Path companion = find(layout, c, file, fileName);
        String name = companion.getFileName().toString();
        List<String> lines;
        try {
            lines = List.of(new String(Files.readAllBytes(companion), c.encoding()).split("\r?\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + companion + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] values = lines.get(i).strip().split("\\s+");
            if (values[0].equals(c.totalsLabel())) {
                return totals(c, name, i + 1, values, fileName);
            }
        }
        throw new InputRejectedException(name, 0, "companion.totalsLabel", "no line starts with '" + c.totalsLabel()
                + "', so the control totals of " + fileName + " cannot be read");
    }

    private static Path find(Layout layout, Companion c, Path file, String fileName) {
        FileNamePattern own = layout.fileNamePattern();
        FileNamePattern pattern = FileNamePattern.compile(c.fileName());
        BusinessDate date = own.date(fileName).orElseThrow(() -> new InputRejectedException(fileName, 0, "fileName",
                "carries no valid date for the pattern " + layout.fileName()));
        // the * parts must be the file's own (its merchant id) when both patterns have as many
        List<String> parts = pattern.wildcardCount() == own.wildcardCount() ? own.wildcards(fileName) : null;
        Path dir = file.toAbsolutePath().getParent();
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(p -> {
                String n = p.getFileName().toString();
                return pattern.matches(n, date) && (parts == null || parts.equals(pattern.wildcards(n)));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        String wanted = parts == null ? pattern.filledIn(date) : fill(pattern.filledIn(date), parts);
        if (found.isEmpty()) {
            throw new InputRejectedException(fileName, 0, "companion", "its companion file " + wanted + " (layout "
                    + layout.name() + ", companion.fileName " + c.fileName() + ") is not beside it in " + dir
                    + ": it holds the control totals, so the file cannot be checked; put both files there");
        }
        if (found.size() > 1) {
            throw new InputRejectedException(fileName, 0, "companion", "several files could be its companion "
                    + wanted + ": " + found.stream().map(p -> p.getFileName().toString()).toList() + "; keep one");
        }
        return found.get(0);
    }

    private static String fill(String filled, List<String> parts) {
        String out = filled;
        for (String part : parts) {
            out = out.replaceFirst("\\*", java.util.regex.Matcher.quoteReplacement(part));
        }
        return out;
    }

    private static Companion.Totals totals(Companion c, String name, int lineNo, String[] values, String of) {
        Long count = null;
        if (c.countColumn() > 0) {
            String v = value(values, c.countColumn(), name, lineNo, "count");
            if (!v.matches("\\d{1,18}")) {
                throw bad(name, lineNo, "count", "expected a number of records, got '" + StoredText.shown(v) + "'", of);
            }
            count = Long.parseLong(v);
        }
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Map.Entry<String, Companion.Sum> e : new java.util.TreeMap<>(c.sums()).entrySet()) {
            Companion.Sum s = e.getValue();
            String v = value(values, s.column(), name, lineNo, e.getKey());
            FieldSpec spec = new FieldSpec(e.getKey(), s.column(), null, 0, 0, null, s.type(), true, 0, 0, Map.of(),
                    List.of(), null, null, FieldSpec.CNY_DECIMALS, null);
            Map<String, String> out = new HashMap<>();
            RawRecord.Problem problem = FieldChecker.check(spec, v, out);
            if (problem != null) {
                throw bad(name, lineNo, e.getKey(), problem.reason() + " (value '" + problem.value() + "')", of);
            }
            long fen = Long.parseLong(out.get(e.getKey()));
            sums.put(e.getKey(), s.negative() ? -fen : fen);
        }
        return new Companion.Totals(name, lineNo, count, sums);
    }

    private static String value(String[] values, int column, String name, int lineNo, String key) {
        if (column > values.length) {
            throw new InputRejectedException(name, lineNo, key, "the totals line has " + values.length
                    + " values, none in column " + column);
        }
        return values[column - 1];
    }

    private static InputRejectedException bad(String name, int lineNo, String key, String reason, String of) {
        return new InputRejectedException(name, lineNo, key, reason + "; it is the control total of " + of);
    }
}
