package com.posclearing.refdata;

/** The {@code kind} column of {@code calendar.csv}. */
public enum DayKind {
    /** Banks do not pay, even on a Monday to Friday. */
    HOLIDAY,
    /** Banks pay, even on a weekend (China's make-up working days, 调休). */
    WORKDAY
}
