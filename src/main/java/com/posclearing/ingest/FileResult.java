package com.posclearing.ingest;

/**
 * What one parse of a file gave.
 *
 * @param detailLines         detail lines read ({@code D} lines, or every row of a flat bank file)
 * @param records             detail lines accepted and emitted as transactions
 * @param amountFen           sum of the accepted transactions' amounts
 * @param rejects             lines rejected (detail lines and any other bad lines)
 * @param batches             terminal batches closed by an {@code S} line
 * @param outOfBalanceBatches of those, the ones whose totals disagree
 */
public record FileResult(String fileName, String layout, long detailLines, long records, long amountFen, long rejects,
                         long batches, long outOfBalanceBatches) {
}
