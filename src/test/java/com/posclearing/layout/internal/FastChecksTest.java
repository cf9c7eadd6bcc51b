package com.posclearing.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast acceptors agree with the strict checks they stand in front of, on the edge cases of each format. */
class FastChecksTest {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    @Test
    void datesAcceptedExactlyWhenTheStrictFormatterAccepts() {
        List<String> values = List.of("20261230", "20240229", "20250229", "20000229", "19000229", "20261131", "20261301",
                "20261200", "20260001", "00010101", "99991231", "2026123", "202612300", "2026-1-1", "2026123a");
        for (String v : values) {
            assertThat(FastChecks.date(v)).as(v).isEqualTo(strictDate(v));
        }
        // year 0 is left to the strict formatter (which takes it): the fast path only ever defers, never refuses
        assertThat(FastChecks.date("00000101")).isFalse();
        assertThat(strictDate("00000101")).isTrue();
    }

    @Test
    void dateTimesAcceptedExactlyWhenTheStrictFormatterAccepts() {
        List<String> values = List.of("20261230235959", "20261230000000", "20261230240000", "20261230236000",
                "20261230235960", "20240229120000", "20250229120000", "2026123023595", "2026123023595x");
        for (String v : values) {
            assertThat(FastChecks.dateTime(v)).as(v).isEqualTo(strictDateTime(v));
        }
    }

    private static boolean strictDate(String v) {
        return parses(() -> LocalDate.parse(v, DATE));
    }

    private static boolean strictDateTime(String v) {
        return parses(() -> LocalDateTime.parse(v, DATETIME));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
