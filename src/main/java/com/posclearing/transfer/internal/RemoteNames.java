package com.posclearing.transfer.internal;

import java.util.Optional;

/** Remote file names we agree to fetch: a plain name in the listed folder, nothing that can escape it. */
public final class RemoteNames {
    private RemoteNames() {
    }

    /** Why {@code name} is refused, or empty when it is a plain file name. */
    public static Optional<String> refusal(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("empty name");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of("name contains a NUL character");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("name contains a path separator");
        }
        if (name.contains("..")) {
            return Optional.of("name contains '..'");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("name contains a control character");
        }
        return Optional.empty();
    }

    /** The name with control characters shown as {@code \xNN}, safe for a log line. */
    public static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
