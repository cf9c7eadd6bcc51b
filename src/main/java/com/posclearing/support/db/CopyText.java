package com.posclearing.support.db;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * PostgreSQL's COPY text format: columns separated by a tab, rows ended by a newline, {@code \N} for null, and a
 * backslash escaping itself, tab, newline and carriage return inside values. Dates and timestamps go as ISO text
 * (the server reads them with its ISO DateStyle input, whatever its output setting); the connection sends UTF-8.
 * PostgreSQL text cannot hold a NUL character at all: one is refused here rather than failing the COPY.
 */
final class CopyText {
    private CopyText() {
    }

    static void appendRow(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, row[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String s) {
            appendEscaped(out, s);
        } else if (value instanceof Long l) {
            out.append(l.longValue());
        } else if (value instanceof Integer i) {
            out.append(i.intValue());
        } else if (value instanceof Timestamp t) {
            appendTimestamp(out, t.toLocalDateTime());
        } else if (value instanceof Date d) {
            appendDate(out, d.toLocalDate());
        } else {
            // the type only: a value may be a card number
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
        }
    }

    /** Copies runs of plain characters whole: most values have nothing to escape. */
    private static void appendEscaped(StringBuilder out, String s) {
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            String escape = switch (s.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> throw new IllegalArgumentException("a NUL character cannot be stored in PostgreSQL text;"
                        + " the readers refuse it in input files (a value of " + s.length() + " characters)");
                default -> null;
            };
            if (escape != null) {
                out.append(s, plainFrom, i).append(escape);
                plainFrom = i + 1;
            }
        }
        out.append(s, plainFrom, s.length());
    }

    /** yyyy-MM-dd, by hand: DateTimeFormatter costs more than the rest of a row. */
    private static void appendDate(StringBuilder out, LocalDate d) {
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw new IllegalArgumentException("date outside years 1 to 9999: " + d);
        }
        pad(out, d.getYear(), 4).append('-');
        pad(out, d.getMonthValue(), 2).append('-');
        pad(out, d.getDayOfMonth(), 2);
    }

    /** yyyy-MM-dd HH:mm:ss, then the nanoseconds when there are any (the server rounds them to microseconds). */
    private static void appendTimestamp(StringBuilder out, LocalDateTime t) {
        appendDate(out, t.toLocalDate());
        out.append(' ');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2);
        if (t.getNano() != 0) {
            pad(out.append('.'), t.getNano(), 9);
        }
    }

    /** {@code value} (0 to 10^digits - 1) in exactly {@code digits} digits, without a String per number. */
    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        int unit = 1;
        for (int i = 1; i < digits; i++) {
            unit *= 10;
        }
        for (; unit > 0; unit /= 10) {
            out.append((char) ('0' + value / unit % 10));
        }
        return out;
    }
}
