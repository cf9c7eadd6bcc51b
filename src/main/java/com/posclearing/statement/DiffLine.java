package com.posclearing.statement;

import java.util.Objects;

/**
 * One difference between two runs of a date: an outcome, a fee, a merchant's payout or balance, or an adjustment the
 * rerun created.
 *
 * @param kind   {@code OUTCOME}, {@code FEE}, {@code PAYOUT}, {@code CLOSING}, {@code ADJUSTMENT}
 * @param key    what changed: {@code TERMINAL:123} (a record) or a merchant id
 * @param before the earlier run's value ("" when it had none)
 * @param after  this run's value ("" when it has none)
 * @param note   why or what follows, for people
 */
public record DiffLine(String kind, String key, String merchantId, String before, String after, String note) {
    public DiffLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        merchantId = Objects.toString(merchantId, "");
        before = Objects.toString(before, "");
        after = Objects.toString(after, "");
        note = Objects.toString(note, "");
    }
}
