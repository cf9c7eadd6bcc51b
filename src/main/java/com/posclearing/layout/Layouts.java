package com.posclearing.layout;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.layout.internal.LayoutYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The known layouts: the built-in ones plus any {@code layouts/*.yaml} in the operator's config folder. */
public final class Layouts {
    /** Shipped in the repo's {@code config/layouts/}. */
    public static final List<String> BUILT_IN = List.of("posp-csv.yaml", "cups-acoma.yaml", "cups-zm.yaml", "bank-csv.yaml",
            "qr-bill.yaml");

    private final Map<String, Layout> byName;

    private Layouts(Map<String, Layout> byName) {
        this.byName = byName;
    }

    public static Layouts load(ConfigFiles config) {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (String file : config.list("layouts", ".yaml", BUILT_IN)) {
            try (InputStream in = config.open("layouts/" + file)) {
                Layout layout = LayoutYaml.read(in, "layouts/" + file);
                if (layouts.put(layout.name(), layout) != null) {
                    throw new IllegalStateException("two layouts are named " + layout.name() + " (layouts/" + file + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read layouts/" + file, e);
            }
        }
        return new Layouts(layouts);
    }

    public static Layouts of(List<Layout> layouts) {
        Map<String, Layout> map = new LinkedHashMap<>();
        layouts.forEach(l -> map.put(l.name(), l));
        return new Layouts(map);
    }

    public Layout byName(String name) {
        Layout layout = byName.get(name);
        if (layout == null) {
            throw new NoSuchElementException("no layout named " + name + "; known: " + byName.keySet());
        }
        return layout;
    }

    /** The layout whose file-name pattern matches, if exactly one does. */
    public Optional<Layout> layoutForFileName(String fileName) {
        List<Layout> matching = byName.values().stream().filter(l -> l.matchesFileName(fileName)).toList();
        if (matching.size() > 1) {
            throw new IllegalStateException("file " + fileName + " matches several layouts: "
                    + matching.stream().map(Layout::name).toList());
        }
        return matching.stream().findFirst();
    }

    /** The layout whose companion file this is (ZM's for an RD name), if one's {@code companion.fileName} matches. */
    public Optional<Layout> layoutWithCompanion(String fileName) {
        return byName.values().stream().filter(l -> l.companion() != null
                && FileNamePattern.compile(l.companion().fileName()).date(fileName).isPresent()).findFirst();
    }

    public List<Layout> all() {
        return List.copyOf(byName.values());
    }
}
