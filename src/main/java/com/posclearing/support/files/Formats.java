package com.posclearing.support.files;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Text forms of dates and times in CSV files: ISO dates, {@code yyyy-MM-dd HH:mm:ss} times (Asia/Shanghai local). */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    public static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    public static String time(LocalDateTime value) {
        return value == null ? "" : value.format(TIME);
    }
}
