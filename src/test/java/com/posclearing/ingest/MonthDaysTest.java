package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.ingest.internal.MonthDays;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MonthDaysTest {
    @ParameterizedTest
    @CsvSource({
        "2027-01-01, 1231, 2026-12-31",
        "2027-01-01, 0101, 2027-01-01",
        "2026-12-31, 0101, 2027-01-01",
        "2026-11-24, 1123, 2026-11-23",
        "2028-03-01, 0229, 2028-02-29",
        "2015-09-05, 0906, 2015-09-06",
    })
    void takesTheYearNearestTheClearingDate(String clearing, String mmdd, String expected) {
        assertThat(MonthDays.resolve(LocalDate.parse(clearing), mmdd)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void feb29FarFromAnyLeapYearIsRefused() {
        // 2026-08-01: 2025, 2026 and 2027 have no Feb 29
        assertThatThrownBy(() -> MonthDays.resolve(LocalDate.of(2026, 8, 1), "0229"))
                .isInstanceOf(DateTimeException.class).hasMessage("0229 is no date near 2026-08-01");
    }
}
