package com.posclearing.layout.internal;

import static com.posclearing.kernel.Chars.digits;

import java.time.YearMonth;

/**
 * Hand-written acceptors for the field formats met on every line (millions a night): true means well-formed;
 * false means "ask the regex or the strict formatter", which gives the verdict and the reason. So a value is
 * never accepted here that the strict check would refuse.
 */
final class FastChecks {
    private FastChecks() {
    }

    /** yyyyMMdd, a real calendar date. */
    static boolean date(String v) {
        return v.length() == 8 && digits(v, 0, 8) && validDate(v);
    }

    /** yyyyMMddHHmmss, a real calendar date and a time of day. */
    static boolean dateTime(String v) {
        return v.length() == 14 && digits(v, 0, 14) && validDate(v) && number(v, 8, 10) <= 23 && number(v, 10, 12) <= 59
                && number(v, 12, 14) <= 59;
    }

    private static boolean validDate(String v) {
        int year = number(v, 0, 4);
        int month = number(v, 4, 6);
        int day = number(v, 6, 8);
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }
}
