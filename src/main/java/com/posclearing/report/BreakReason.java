package com.posclearing.report;

import java.util.List;
import java.util.Objects;

/**
 * Why a record is a break, as data: the report writes the sentence in its own language from it.
 *
 * @param code        the reconcile reason code (e.g. {@code AMOUNT_DIFFERS}), or {@link #UNREADABLE_LINE}
 * @param counterpart the record it was decided against (the first of a duplicate, the rejected terminal record),
 *                    {@link TxnKey#NONE} when none
 * @param differences the fields the two sides disagree on, besides the amount
 * @param detail      the loader's own sentence for an unreadable line (names the field), else empty
 */
public record BreakReason(String code, TxnKey counterpart, List<FieldDifference> differences, String detail) {
    /** A line of an input file that could not be read into a record. */
    public static final String UNREADABLE_LINE = "UNREADABLE_LINE";

    public BreakReason {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("break reason: a code is required");
        }
        counterpart = Objects.requireNonNullElse(counterpart, TxnKey.NONE);
        differences = List.copyOf(differences);
        detail = Objects.toString(detail, "");
    }

    public static BreakReason of(String code) {
        return new BreakReason(code, TxnKey.NONE, List.of(), "");
    }

    /**
     * One field on which the two sides of a pair disagree.
     *
     * @param field         {@code MERCHANT} or {@code CARD_LAST4}
     * @param terminalValue the terminal record's value
     * @param bankValue     the bank record's value
     */
    public record FieldDifference(String field, String terminalValue, String bankValue) {
        public FieldDifference {
            Objects.requireNonNull(field, "field");
            terminalValue = Objects.toString(terminalValue, "");
            bankValue = Objects.toString(bankValue, "");
        }
    }
}
