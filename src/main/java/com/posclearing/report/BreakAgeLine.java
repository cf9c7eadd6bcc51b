package com.posclearing.report;

import java.util.Objects;

/**
 * Open breaks of one state and age bucket, for the report's "breaks by state and age" section.
 *
 * @param state     the break's state code, e.g. {@code OPEN}
 * @param ageBucket the age range in days as people read it, e.g. {@code 0-1}, {@code 4+}
 * @param count     how many breaks
 * @param amountFen their amount
 * @param overAge   true when the bucket is older than {@code clearing.break-flag-age-days}: the row is flagged
 */
public record BreakAgeLine(String state, String ageBucket, long count, long amountFen, boolean overAge) {
    public BreakAgeLine {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ageBucket, "ageBucket");
        if (count < 0) {
            throw new IllegalArgumentException("break age line " + state + " " + ageBucket + ": negative count " + count);
        }
    }
}
