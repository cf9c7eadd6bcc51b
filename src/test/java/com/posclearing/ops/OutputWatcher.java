package com.posclearing.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Polls an output folder while runs write into it and adds to {@code partial} every file seen under its final name
 * (not a {@code .name.tmp}) whose bytes are those of none of the {@code complete} outputs: a file written in place,
 * caught half-written. {@code summary.json} tells the run's state as it goes (started, failed, completed): each
 * version it shows must be whole JSON.
 */
final class OutputWatcher implements AutoCloseable {
    private static final long POLL_MILLIS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;
    private final List<Map<String, byte[]>> complete;
    private final Set<String> partial;
    private final Thread thread;
    private volatile boolean running = true;

    OutputWatcher(Path root, List<Map<String, byte[]>> complete, Set<String> partial) {
        this.root = root;
        this.complete = complete;
        this.partial = partial;
        this.thread = new Thread(this::watch, "output-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(this::check);
                } catch (IOException | UncheckedIOException e) {
                    // a folder renamed or removed under the walk: the next poll sees the new state
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String name = root.relativize(file).toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (complete.stream().noneMatch(c -> c.containsKey(name) && Arrays.equals(c.get(name), bytes))
                && !(name.endsWith("summary.json") && wholeJson(bytes))) {
            partial.add(name + " (" + bytes.length + " bytes)");
        }
    }

    private static boolean wholeJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
