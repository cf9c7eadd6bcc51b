package com.posclearing.retention;

/**
 * What retention purges, each kind with its own {@code keepDays} in {@code retention.yaml}. Everything else (runs,
 * balances, payouts and payout files, adjustments, breaks, the audit log, agent months) is kept.
 */
public enum RetentionKind {
    /** {@code data/archive/{D}/} and {@code data/quarantine/{D}/}: the input files as received. */
    INPUTS("inputs", "files"),
    /** {@code data/work/{D}/}: spill and statement-line caches of D's runs. */
    SPILLS("spills", "files"),
    /** {@code out/{D}/}: statements, reports and summary.json; {@code out/{D}/payouts/} is kept. */
    OUTPUTS("outputs", "files"),
    /** D's per-record rows: recon_settled and recon_open (each record with its outcome), the tallies, rejected_line, terminal_batch. */
    RECORDS("records", "rows");

    private final String key;
    private final String unit;

    RetentionKind(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The key in {@code retention.yaml}, the audit log and the command's output. */
    public String key() {
        return key;
    }

    /** What is counted: files, or database rows. */
    public String unit() {
        return unit;
    }
}
