package com.posclearing.ingest;

/**
 * What one parse of a file gave.
 *
 * @param detailLines         detail lines read ({@code D} lines, or every row of a flat bank file)
 * @param records             detail lines accepted and emitted as transactions
 * @param amountFen           sum of the accepted transactions' amounts
 * @param rejects             detail lines rejected: {@code records + rejects + skipped = detailLines}
 * @param otherRejects        other lines rejected one by one (an unknown record type, a malformed {@code B} or {@code S})
 * @param batches             terminal batches closed by an {@code S} line
 * @param outOfBalanceBatches of those, the ones whose totals disagree
 * @param skipped             detail lines the layout's {@code skipWhen} skips (a closed or failed order)
 */
public record FileResult(String fileName, String layout, long detailLines, long records, long amountFen, long rejects, long otherRejects,
                         long batches, long outOfBalanceBatches, long skipped) {

    /** Every line rejected one by one, detail or not. */
    public long rejectedLines() {
        return rejects + otherRejects;
    }
}
