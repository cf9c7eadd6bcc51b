package com.posclearing.statement.internal;

/** A spreadsheet column: its header label and its fixed width in characters (columns are never auto-sized: too slow). */
public record Column(Label label, int widthChars) {
    public Column {
        if (widthChars < 1 || widthChars > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters, got " + widthChars);
        }
    }

    public static Column of(Label label, int widthChars) {
        return new Column(label, widthChars);
    }
}
