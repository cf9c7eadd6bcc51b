package com.posclearing.transfer.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML mapping with typed getters whose errors name the file and the key path. */
final class YamlNode {
    private final Map<String, Object> map;
    private final String origin;
    private final String path;

    YamlNode(Object value, String origin, String path) {
        this.origin = origin;
        this.path = path;
        this.map = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), v));
        } else if (value != null) {
            throw fail(path, "expected a mapping");
        }
    }

    IllegalArgumentException fail(String key, String reason) {
        return new IllegalArgumentException(origin + ": " + key + ": " + reason);
    }

    private String key(String k) {
        return path.isEmpty() ? k : path + "." + k;
    }

    Object raw(String k) {
        return map.get(k);
    }

    boolean has(String k) {
        return map.get(k) != null;
    }

    /** Fails when the mapping holds a key not in {@code allowed}: a typo must not silently fall back to a default. */
    void onlyKeys(Set<String> allowed) {
        for (String k : map.keySet()) {
            if (k.toLowerCase().contains("password") && !k.equals("passwordEnv") || k.equals("passphrase")) {
                throw fail(key(k), "secrets are never kept in configuration; name an environment variable"
                        + " with passwordEnv / passphraseEnv");
            }
            if (!allowed.contains(k)) {
                throw fail(key(k), "unknown key (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    String string(String k) {
        Object v = map.get(k);
        if (v == null || String.valueOf(v).isBlank()) {
            throw fail(key(k), "missing");
        }
        return String.valueOf(v).trim();
    }

    String string(String k, String dflt) {
        return has(k) ? string(k) : dflt;
    }

    int integer(String k, int dflt) {
        if (!has(k)) {
            return dflt;
        }
        try {
            return Integer.parseInt(string(k));
        } catch (NumberFormatException e) {
            throw fail(key(k), "expected a whole number, got '" + map.get(k) + "'");
        }
    }

    long longValue(String k, long dflt) {
        if (!has(k)) {
            return dflt;
        }
        try {
            return Long.parseLong(string(k));
        } catch (NumberFormatException e) {
            throw fail(key(k), "expected a whole number, got '" + map.get(k) + "'");
        }
    }

    boolean bool(String k, boolean dflt) {
        if (!has(k)) {
            return dflt;
        }
        String s = string(k);
        if (!s.equals("true") && !s.equals("false")) {
            throw fail(key(k), "expected true or false, got '" + s + "'");
        }
        return Boolean.parseBoolean(s);
    }

    Duration duration(String k, Duration dflt) {
        return has(k) ? Durations.parse(string(k), origin + ": " + key(k)) : dflt;
    }

    Path path(String k) {
        return has(k) ? Path.of(string(k)) : null;
    }

    YamlNode child(String k) {
        return new YamlNode(map.get(k), origin, key(k));
    }

    List<YamlNode> list(String k) {
        Object v = map.get(k);
        List<YamlNode> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> l)) {
            throw fail(key(k), "expected a list");
        }
        for (int i = 0; i < l.size(); i++) {
            out.add(new YamlNode(l.get(i), origin, key(k) + "[" + i + "]"));
        }
        return out;
    }

    Set<String> strings(String k) {
        Object v = map.get(k);
        if (!(v instanceof List<?> l)) {
            throw fail(key(k), "expected a list of merchant ids or [\"*\"]");
        }
        return Set.copyOf(l.stream().map(String::valueOf).toList());
    }

    String path() {
        return path;
    }
}
