package com.posclearing.report;

/**
 * The {@code delivery} section of {@code summary.json}, written by the deliver step once its deliveries are verified;
 * until then the summary has none and its status is {@link RunSummary#AWAITING_DELIVERY}.
 *
 * @param bank                    where D's payout file is
 * @param statementFilesDelivered statement files (XLSX and CSV) at their merchants' targets, sent now or before
 */
public record DeliverySummary(Bank bank, int statementFilesDelivered) {

    /** Where D's payout file is after the deliver step. */
    public enum Bank {
        /** verified at the bank's target; D's payouts are frozen */
        DELIVERED,
        /** no bank target (or one on a placeholder host): the payout file is only in {@code out/}, payouts stay open */
        NOT_CONFIGURED
    }

    public DeliverySummary {
        java.util.Objects.requireNonNull(bank, "bank");
        if (statementFilesDelivered < 0) {
            throw new IllegalArgumentException("statementFilesDelivered must not be negative, got " + statementFilesDelivered);
        }
    }

    /** The run's status once delivered: DELIVERED only when the bank has the payout file, COMPLETED without a target. */
    public String runStatus() {
        return bank == Bank.DELIVERED ? "DELIVERED" : "COMPLETED";
    }
}
