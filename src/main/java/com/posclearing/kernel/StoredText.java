package com.posclearing.kernel;

/**
 * Free text as it may be stored in a bounded text column or shown to a person: card numbers masked, control
 * characters (a NUL byte cannot be stored in PostgreSQL text at all) as {@code ?}, and cut to a length without
 * splitting a surrogate pair, the cut marked with {@code ...}.
 */
public final class StoredText {
    /** How much of an input value a message echoes. */
    public static final int SHOWN_CHARS = 40;

    private StoredText() {
    }

    /** At most {@code maxChars} characters of {@code text}, safe to store; null stays null. */
    public static String fit(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String safe = CardNumbers.masked(withoutControls(text));
        if (safe.length() <= maxChars) {
            return safe;
        }
        int cut = maxChars - 3;
        if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
            cut--;
        }
        return safe.substring(0, cut) + "...";
    }

    /** What a message may echo of an input value: {@link #fit} to {@value #SHOWN_CHARS} characters. */
    public static String shown(String value) {
        return fit(value, SHOWN_CHARS + 3);
    }

    private static String withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                StringBuilder out = new StringBuilder(text);
                for (int k = i; k < out.length(); k++) {
                    char ck = out.charAt(k);
                    if (ck < 0x20 && ck != '\t' || ck == 0x7f) {
                        out.setCharAt(k, '?');
                    }
                }
                return out.toString();
            }
        }
        return text;
    }
}
