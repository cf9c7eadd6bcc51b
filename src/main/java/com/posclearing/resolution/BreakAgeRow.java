package com.posclearing.resolution;

/**
 * Breaks of one state and age bucket, for the reconciliation report.
 *
 * @param ageBucket   {@code 0-1}, {@code 2-3}, {@code 4-7} or {@code 8+} days
 * @param overAgeFlag true when the bucket is older than {@code clearing.break-flag-age-days}
 */
public record BreakAgeRow(BreakState state, String ageBucket, long count, long amountFen, boolean overAgeFlag) {
}
