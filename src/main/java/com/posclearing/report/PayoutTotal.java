package com.posclearing.report;

/** Payouts of the run: how many merchants are paid and the total (fen). */
public record PayoutTotal(long count, long totalFen) {
}
