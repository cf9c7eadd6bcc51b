package com.posclearing.support.files;

/**
 * Formula-injection guard (SPEC 4): a text value beginning with {@code = + - @}, tab or CR is prefixed with
 * {@code '} so no spreadsheet evaluates it. The one escaping function of every writer, applied to text only:
 * amounts are written as numbers (XLSX) or through {@code Yuan.format} (CSV) and never pass through here,
 * so {@code -12.50} stays a number.
 */
public final class TextGuard {
    private TextGuard() {
    }

    /** The value safe for a spreadsheet; null becomes the empty string. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** {@code text(String.valueOf(value))}, null-safe: for ids, codes and enums. */
    public static String text(Object value) {
        return value == null ? "" : text(value.toString());
    }
}
