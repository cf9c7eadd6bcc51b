package com.posclearing.kernel;

/**
 * Finds card numbers in free text (a bank's merchant name, an echoed value) so that none is stored or printed in
 * clear: a run of 13 to 19 digits that passes the Luhn check is masked to its first 6 and last 4 digits, stars
 * between, the length kept. Shorter or longer runs, runs failing Luhn (ids, amounts) and digits inside a hex digest
 * (a SHA-256 the message names) are left as they are.
 */
public final class CardNumbers {
    static final int MIN_DIGITS = 13;
    static final int MAX_DIGITS = 19;
    /** The shortest digest a message may quote (MD5: 32 hex digits). */
    static final int DIGEST_HEX_CHARS = 32;

    private CardNumbers() {
    }

    /** {@code text} with every card number masked; the same instance when there is none (the common case). */
    public static String masked(String text) {
        if (text == null || text.length() < MIN_DIGITS) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isDigit(text.charAt(end))) {
                end++;
            }
            int length = end - i;
            if (length >= MIN_DIGITS && length <= MAX_DIGITS && luhn(text, i, end) && !inDigest(text, i, end)) {
                out = out != null ? out : new StringBuilder(text);
                for (int k = i + 6; k < end - 4; k++) {
                    out.setCharAt(k, '*');
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean inDigest(String text, int from, int to) {
        int start = from;
        while (start > 0 && isHex(text.charAt(start - 1))) {
            start--;
        }
        int end = to;
        while (end < text.length() && isHex(text.charAt(end))) {
            end++;
        }
        return end - start >= DIGEST_HEX_CHARS && (start < from || end > to);
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The Luhn (mod 10) check of ISO/IEC 7812 over text[from, to). */
    static boolean luhn(CharSequence text, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int k = to - 1; k >= from; k--) {
            int d = text.charAt(k) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
