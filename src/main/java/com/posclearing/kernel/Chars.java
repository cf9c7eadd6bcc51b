package com.posclearing.kernel;

/**
 * Character-class checks written as loops: the value types and the layout engine run them on every field of
 * millions of records a night, where a regex match cost a twentieth of a file's parse.
 */
public final class Chars {
    private Chars() {
    }

    /** Only ASCII digits from {@code from} to {@code to} (exclusive), and at least one. */
    public static boolean digits(String v, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Exactly {@code length} ASCII digits. */
    public static boolean digits(String v, int length) {
        return v != null && v.length() == length && digits(v, 0, length);
    }

    /** Only ASCII letters and digits, and at least one. */
    public static boolean alnum(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** Exactly {@code length} ASCII letters and digits. */
    public static boolean alnum(String v, int length) {
        return v != null && v.length() == length && alnum(v);
    }

    /** A masked card: 6 digits, 6 to 9 stars, 4 digits. */
    public static boolean maskedCard(String v) {
        int stars = v == null ? -1 : v.length() - 10;
        if (stars < 6 || stars > 9 || !digits(v, 0, 6) || !digits(v, v.length() - 4, v.length())) {
            return false;
        }
        for (int i = 6; i < 6 + stars; i++) {
            if (v.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }
}
