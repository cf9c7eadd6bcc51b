package com.posclearing.support.xlsx;

/** A spreadsheet column: its header text and its fixed width in characters (columns are never auto-sized: too slow). */
public record Column(String header, int widthChars) {
    public Column {
        if (widthChars < 1 || widthChars > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters, got " + widthChars);
        }
    }

    public static Column of(String header, int widthChars) {
        return new Column(header, widthChars);
    }

    /** The width {@code text} takes in a cell, in characters of the default font: a CJK character takes two. */
    public static int textWidth(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    /** East Asian wide and full-width characters: Hangul Jamo, CJK, Hangul, full-width forms. */
    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
    }
}
