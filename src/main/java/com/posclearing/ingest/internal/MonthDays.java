package com.posclearing.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Gives MMdd values (ISO 8583 DE7 and friends carry no year) the year that puts them nearest the file's clearing
 * date: {@code 1231...} in the file of 2027-01-01 is 2026-12-31, {@code 0101...} in the file of 2026-12-31 is
 * 2027-01-01.
 */
public final class MonthDays {
    private MonthDays() {
    }

    /** @param mmdd four digits, already checked as a month-day by the layout engine */
    public static LocalDate resolve(LocalDate clearingDate, String mmdd) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        LocalDate best = null;
        for (int year = clearingDate.getYear() - 1; year <= clearingDate.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue; // 0229 outside a leap year
            }
            if (best == null || distance(candidate, clearingDate) < distance(best, clearingDate)) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new DateTimeException(mmdd + " is no date near " + clearingDate);
        }
        return best;
    }

    /** @param mmddhhmmss ten digits, already checked by the layout engine */
    public static LocalDateTime resolveDateTime(LocalDate clearingDate, String mmddhhmmss) {
        return resolve(clearingDate, mmddhhmmss.substring(0, 4)).atTime(Integer.parseInt(mmddhhmmss.substring(4, 6)),
                Integer.parseInt(mmddhhmmss.substring(6, 8)), Integer.parseInt(mmddhhmmss.substring(8, 10)));
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
