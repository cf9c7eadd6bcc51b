package com.posclearing.support;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Business settings of the nightly run ({@code clearing.*}); the command line sets the folders.
 *
 * @param carryWindowDays        W of SPEC 3.1: days a terminal item may wait for its bank record
 * @param minimumPayoutFen       below this a net balance is carried, not paid
 * @param statementLanguage      {@code zh} (default) or {@code en} headers in statements and reports
 * @param acquirerName           the heading of every statement page (1 to 60 characters)
 * @param progressIntervalMillis how often long steps log their counts and rate
 * @param breakFlagAgeDays       the reconciliation report flags open breaks older than this many days
 * @param duplicateLookbackDays  a record whose key was loaded on one of this many earlier dates is a DUPLICATE
 * @param dataDir                landing, archive and quarantine folders (and the H2 database by default)
 * @param outDir                 where SPEC 4 outputs are written
 * @param configDir              the operator's config folder over the built-in defaults, or null
 */
@ConfigurationProperties("clearing")
public record ClearingProperties(
        int carryWindowDays,
        long minimumPayoutFen,
        String statementLanguage,
        String acquirerName,
        long progressIntervalMillis,
        int breakFlagAgeDays,
        int duplicateLookbackDays,
        Path dataDir,
        Path outDir,
        Path configDir) {

    public ClearingProperties {
        if (carryWindowDays < 0 || carryWindowDays > 30) {
            throw new IllegalArgumentException("clearing.carry-window-days must be 0..30, got " + carryWindowDays);
        }
        if (minimumPayoutFen < 1) {
            throw new IllegalArgumentException("clearing.minimum-payout-fen must be at least 1, got " + minimumPayoutFen);
        }
        if (!"zh".equals(statementLanguage) && !"en".equals(statementLanguage)) {
            throw new IllegalArgumentException("clearing.statement-language must be zh or en, got " + statementLanguage);
        }
        if (acquirerName == null || acquirerName.isBlank() || acquirerName.length() > 60) {
            throw new IllegalArgumentException("clearing.acquirer-name must be 1 to 60 characters, got " + acquirerName);
        }
        if (breakFlagAgeDays < 1 || breakFlagAgeDays > 365) {
            throw new IllegalArgumentException("clearing.break-flag-age-days must be 1..365, got " + breakFlagAgeDays);
        }
        if (duplicateLookbackDays < 1 || duplicateLookbackDays > 3660) {
            throw new IllegalArgumentException("clearing.duplicate-lookback-days must be 1..3660, got " + duplicateLookbackDays);
        }
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        outDir = outDir == null ? Path.of("out") : outDir;
    }
}
