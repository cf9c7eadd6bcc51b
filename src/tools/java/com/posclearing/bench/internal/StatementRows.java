package com.posclearing.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Transaction rows per statement the job wrote, counted from its statement CSVs (lines minus the header). */
public final class StatementRows {
    private StatementRows() {
    }

    public static List<Integer> of(Path statementsDir) {
        if (!Files.isDirectory(statementsDir)) {
            return List.of();
        }
        List<Integer> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(statementsDir)) {
            for (Path csv : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                rows.add(lines(csv) - 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statements in " + statementsDir, e);
        }
        return rows;
    }

    private static int lines(Path file) throws IOException {
        int n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    n += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
        return n;
    }
}
