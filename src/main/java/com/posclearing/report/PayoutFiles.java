package com.posclearing.report;

import java.nio.file.Path;

/** The payout file and its control file as written: what the bank will count and sum. */
public record PayoutFiles(Path csv, Path ctl, long count, long totalFen, String sha256) {
}
