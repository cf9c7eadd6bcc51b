package com.posclearing.support.files;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import java.nio.file.Path;
import java.util.Objects;

/** Where the outputs of business date D go (SPEC 4), under the configured output folder ({@code --out}, default {@code out/}). */
public record OutputPaths(Path outRoot, BusinessDate date) {
    public OutputPaths {
        Objects.requireNonNull(outRoot, "outRoot");
        Objects.requireNonNull(date, "date");
    }

    /** {@code out/{yyyyMMdd}} */
    public Path dateDir() {
        return outRoot.resolve(date.compact());
    }

    public Path statementXlsx(MerchantId merchant) {
        return dateDir().resolve("statements").resolve(merchant.value() + ".xlsx");
    }

    public Path statementCsv(MerchantId merchant) {
        return dateDir().resolve("statements").resolve(merchant.value() + ".csv");
    }

    public Path payoutCsv() {
        return dateDir().resolve("payouts").resolve("PAYOUT_" + date.compact() + ".csv");
    }

    public Path payoutCtl() {
        return dateDir().resolve("payouts").resolve("PAYOUT_" + date.compact() + ".ctl");
    }

    public Path reconciliationXlsx() {
        return dateDir().resolve("reports").resolve("reconciliation_" + date.compact() + ".xlsx");
    }

    public Path breaksCsv() {
        return dateDir().resolve("reports").resolve("breaks_" + date.compact() + ".csv");
    }

    public Path feeMismatchCsv() {
        return dateDir().resolve("reports").resolve("fee_mismatches_" + date.compact() + ".csv");
    }

    public Path summaryJson() {
        return dateDir().resolve("summary.json");
    }
}
