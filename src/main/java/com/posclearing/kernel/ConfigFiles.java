package com.posclearing.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration folder ({@code --config DIR}, laid out like the repo's {@code config/}) over the built-in
 * defaults: the repo's {@code config/} is packaged on the classpath under {@code defaults/}. A file the folder
 * lacks falls back to the built-in one.
 */
public final class ConfigFiles {
    private static final String DEFAULTS = "defaults/";
    private final Path dir;

    /** @param dir the operator's config folder, or null for the built-in defaults only */
    public ConfigFiles(Path dir) {
        this.dir = dir;
    }

    public static ConfigFiles builtIn() {
        return new ConfigFiles(null);
    }

    /** Opens {@code relative} (e.g. {@code "merchants.csv"}, {@code "layouts/posp-csv.yaml"}). */
    public InputStream open(String relative) {
        return find(relative).orElseThrow(() -> new UncheckedIOException(
                new IOException("configuration file " + relative + " not found in " + describe())));
    }

    public Optional<InputStream> find(String relative) {
        try {
            if (dir != null) {
                Path p = dir.resolve(relative);
                if (Files.isRegularFile(p)) {
                    return Optional.of(Files.newInputStream(p));
                }
            }
            return Optional.ofNullable(ConfigFiles.class.getClassLoader().getResourceAsStream(DEFAULTS + relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + relative, e);
        }
    }

    /** Names of the files in a sub-folder (e.g. {@code "layouts"}) ending with {@code suffix}: the folder's and the built-in ones. */
    public List<String> list(String folder, String suffix, List<String> builtInNames) {
        List<String> names = new ArrayList<>(builtInNames);
        if (dir != null && Files.isDirectory(dir.resolve(folder))) {
            try (var stream = Files.list(dir.resolve(folder))) {
                stream.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                        .filter(n -> !names.contains(n)).sorted().forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list configuration folder " + dir.resolve(folder), e);
            }
        }
        return names;
    }

    public String describe() {
        return dir == null ? "the built-in defaults" : dir + " (or the built-in defaults)";
    }
}
