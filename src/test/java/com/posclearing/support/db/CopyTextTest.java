package com.posclearing.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    private static String row(Object... values) {
        StringBuilder out = new StringBuilder();
        CopyText.appendRow(out, values);
        return out.toString();
    }

    @Test
    void nullIsBackslashNAndAnEmptyStringStaysEmpty() {
        assertThat(row(null, "", null)).isEqualTo("\\N\t\t\\N\n");
    }

    @Test
    void aNulCharacterIsRefusedBeforeItReachesTheServer() {
        assertThatThrownBy(() -> row("A0\u00007")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a NUL character cannot be stored in PostgreSQL text; the readers refuse it in input files"
                        + " (a value of 4 characters)");
    }

    @Test
    void backslashTabNewlineAndCarriageReturnAreEscaped() {
        assertThat(row("a\\b", "c\td", "e\nf", "g\r\nh")).isEqualTo("a\\\\b\tc\\td\te\\nf\tg\\r\\nh\n");
        // the end-of-data marker cannot appear: its backslash is doubled
        assertThat(row("\\.")).isEqualTo("\\\\.\n");
        // \N as text is not null
        assertThat(row("\\N")).isEqualTo("\\\\N\n");
    }

    @Test
    void chineseTextGoesAsItIsAndBecomesUtf8() {
        String text = row("上海浦东\t咖啡\\店", "Y");
        assertThat(text).isEqualTo("上海浦东\\t咖啡\\\\店\tY\n");
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(4 * 3 + 2 + 2 * 3 + 2 + 3 + 1 + 1 + 1);
    }

    @Test
    void numbersIncludingNegativeAndExtremeLongs() {
        assertThat(row(-12L, 0, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE))
                .isEqualTo("-12\t0\t-9223372036854775808\t9223372036854775807\t-2147483648\n");
    }

    @Test
    void datesAreIsoWithFourDigitYears() {
        assertThat(row(Date.valueOf(LocalDate.of(2026, 1, 2)), Date.valueOf(LocalDate.of(987, 12, 31))))
                .isEqualTo("2026-01-02\t0987-12-31\n");
    }

    @Test
    void timestampsAreIsoWithSecondsAlwaysAndNanosOnlyWhenPresent() {
        assertThat(row(Timestamp.valueOf("2026-11-23 00:00:00"), Timestamp.valueOf("2026-11-23 23:59:59.123456789"),
                Timestamp.valueOf("2026-02-03 04:05:06.000005"))).isEqualTo(
                        "2026-11-23 00:00:00\t2026-11-23 23:59:59.123456789\t2026-02-03 04:05:06.000005000\n");
    }

    @Test
    void otherTypesAreRefusedWithoutShowingTheValue() {
        assertThatThrownBy(() -> row("622848******1234", new BigDecimal("0.55")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no COPY text for a java.math.BigDecimal");
    }
}
