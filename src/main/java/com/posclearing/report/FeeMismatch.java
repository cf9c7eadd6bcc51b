package com.posclearing.report;

/**
 * FEE_MISMATCH, a flag on a settled terminal record: the merchant fee its bank record states (ZM field 16, ACOMA
 * field 44, a QR bill's fee) differs from the fee this system computed. It changes no outcome and no payout (the
 * computed fee is what the merchant is charged); operators see it in {@code reports/fee_mismatches_{date}.csv}.
 *
 * @param computedFeeFen the fee charged, as recorded with the outcome (a returned fee of a refund is negative)
 * @param networkFeeFen  the size of the fee the bank file states
 */
public record FeeMismatch(String merchantId, String terminalId, String stan, String rrn, long amountFen,
                          long computedFeeFen, long networkFeeFen, String bankFile, long bankLine) {

    /** What the computed fee exceeds the network's by, compared by size (networks sign a returned fee differently). */
    public long differenceFen() {
        return Math.abs(computedFeeFen) - networkFeeFen;
    }
}
