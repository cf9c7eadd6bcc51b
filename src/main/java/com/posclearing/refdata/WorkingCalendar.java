package com.posclearing.refdata;

import com.posclearing.kernel.BusinessDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bank's working days (SPEC 2.4): Monday to Friday unless marked {@code HOLIDAY}, plus any date marked
 * {@code WORKDAY}. Business dates themselves are every calendar day; this only decides when money is paid.
 */
public final class WorkingCalendar {
    /** The longest Chinese holiday with its weekends is about 9 days; 60 days without a working day is a broken calendar. */
    public static final int MAX_SEARCH_DAYS = 60;

    private final Map<LocalDate, DayKind> marked;

    public WorkingCalendar(Map<LocalDate, DayKind> marked) {
        this.marked = new TreeMap<>(marked);
    }

    /** A calendar with no holidays and no make-up days: Monday to Friday. */
    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = marked.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The first working day strictly after D: the value date of a T+1 payout. */
    public LocalDate nextWorkingDayAfter(BusinessDate d) {
        LocalDate day = d.value();
        for (int i = 1; i <= MAX_SEARCH_DAYS; i++) {
            LocalDate candidate = day.plusDays(i);
            if (isWorkingDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("calendar.csv has no working day in the " + MAX_SEARCH_DAYS + " days after "
                + d + "; check its HOLIDAY rows");
    }

    /** The marked dates, for reports. */
    public Map<LocalDate, DayKind> markedDays() {
        return Map.copyOf(marked);
    }
}
