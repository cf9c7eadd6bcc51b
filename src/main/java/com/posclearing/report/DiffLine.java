package com.posclearing.report;

import com.posclearing.kernel.Side;
import java.util.Objects;

/**
 * One changed field between two runs of a date: of a record, a merchant's day, an adjustment the rerun created, or a
 * later date to rerun.
 *
 * @param kind       {@code RECORD}, {@code MERCHANT}, {@code ADJUSTMENT} or {@code NOTICE}
 * @param side       the side of a record, null for the other kinds
 * @param record     a record as operators name it (terminal, RRN, STAN), {@link TxnKey#NONE} for the other kinds
 * @param merchantId the merchant concerned, "" for a notice
 * @param field      what changed, e.g. {@code outcome}, {@code fee}, {@code value_date}, {@code payout}
 * @param before     the earlier run's value ("" when it had none)
 * @param after      this run's value ("" when it has none)
 * @param note       why or what follows, for people
 */
public record DiffLine(String kind, Side side, TxnKey record, String merchantId, String field, String before, String after,
        String note) {
    public DiffLine {
        Objects.requireNonNull(kind, "kind");
        record = Objects.requireNonNullElse(record, TxnKey.NONE);
        merchantId = Objects.toString(merchantId, "");
        Objects.requireNonNull(field, "field");
        before = Objects.toString(before, "");
        after = Objects.toString(after, "");
        note = Objects.toString(note, "");
    }

    /** A changed field of a merchant's day (payout, closing balance, value date). */
    public static DiffLine merchant(String merchantId, String field, String before, String after, String note) {
        return new DiffLine("MERCHANT", null, TxnKey.NONE, merchantId, field, before, after, note);
    }
}
