package com.posclearing.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A business date D (every calendar day is one). Printed {@code yyyy-MM-dd}, compact {@code yyyyMMdd} in file names. */
public record BusinessDate(LocalDate value) implements Comparable<BusinessDate> {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TYPED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public BusinessDate {
        if (value == null) {
            throw new InvalidValueException("businessDate", "missing");
        }
    }

    /** Parses {@code yyyy-MM-dd}, the form operators type; a well-formed day the calendar lacks is "no such date". */
    public static BusinessDate parse(String text) {
        if (text == null || !TYPED.matcher(text).matches()) {
            throw new InvalidValueException("date", "expected yyyy-MM-dd, got '" + (text == null ? "" : text) + "'");
        }
        try {
            return new BusinessDate(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "no such date: '" + text + "'");
        }
    }

    public static BusinessDate of(int year, int month, int day) {
        return new BusinessDate(LocalDate.of(year, month, day));
    }

    public String compact() {
        return value.format(COMPACT);
    }

    public BusinessDate plusDays(long days) {
        return new BusinessDate(value.plusDays(days));
    }

    @Override
    public int compareTo(BusinessDate o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
