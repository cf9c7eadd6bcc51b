package com.posclearing.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A business date D (every calendar day is one). Printed {@code yyyy-MM-dd}, compact {@code yyyyMMdd} in file names. */
public record BusinessDate(LocalDate value) implements Comparable<BusinessDate> {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    public BusinessDate {
        if (value == null) {
            throw new InvalidValueException("businessDate", "missing");
        }
    }

    /** Parses {@code yyyy-MM-dd}, the form operators type. */
    public static BusinessDate parse(String text) {
        try {
            return new BusinessDate(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "expected yyyy-MM-dd, got '" + text + "'");
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
