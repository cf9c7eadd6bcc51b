package com.posclearing.report;

import java.util.Objects;

/**
 * One input file of the run with its control totals.
 *
 * @param records   detail records (D lines / ACOMA rows)
 * @param amountFen sum of their amounts
 * @param status    e.g. {@code LOADED}, {@code SKIPPED_DUPLICATE}, {@code REJECTED}
 */
public record FileSummary(String name, String layout, String sha256, long records, long amountFen, String status) {
    public FileSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(status, "status");
        sha256 = sha256 == null ? "" : sha256;
        if (records < 0) {
            throw new IllegalArgumentException("file " + name + ": records must not be negative");
        }
    }
}
