package com.posclearing.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = new WorkingCalendar(Map.of(
            LocalDate.of(2027, 1, 1), DayKind.HOLIDAY,
            LocalDate.of(2026, 9, 27), DayKind.WORKDAY, // a Sunday make-up day before National Day
            LocalDate.of(2026, 10, 1), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 5), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 7), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 8), DayKind.HOLIDAY));

    @Test
    void weekdaysWorkWeekendsAndHolidaysDoNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 30))).isTrue(); // Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse(); // Friday, HOLIDAY
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 3))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))).isTrue(); // Sunday, WORKDAY
    }

    @Test
    void fridayRollsToMonday() {
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void newYearHolidayRollsOverTheWeekend() {
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2027, 1, 2))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aMakeUpWorkdayOnASundayIsAPayday() {
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2026, 9, 26))).isEqualTo(LocalDate.of(2026, 9, 27));
        assertThat(calendar.nextWorkingDayAfter(BusinessDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void aCalendarWithoutAWorkingDayFor60DaysIsAnError() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (int i = 1; i <= 60; i++) {
            days.put(LocalDate.of(2027, 3, 1).plusDays(i), DayKind.HOLIDAY);
        }
        WorkingCalendar broken = new WorkingCalendar(days);

        assertThatThrownBy(() -> broken.nextWorkingDayAfter(BusinessDate.of(2027, 3, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("calendar.csv has no working day in the 60 days after 2027-03-01; check its HOLIDAY rows");
        // one working day on the 60th day is still found
        days.remove(LocalDate.of(2027, 3, 1).plusDays(60));
        assertThat(new WorkingCalendar(days).nextWorkingDayAfter(BusinessDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2027, 4, 30));
    }
}
