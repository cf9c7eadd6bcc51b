package com.posclearing.ingest;

import com.posclearing.kernel.BusinessDate;

/** A file that passed the whole-file checks: its layout, the date its name carries, and its line count. */
public record VerifiedFile(String fileName, String layout, BusinessDate fileDate, long lines) {
}
