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
}
