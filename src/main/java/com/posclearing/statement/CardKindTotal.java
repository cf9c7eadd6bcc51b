package com.posclearing.statement;

import com.posclearing.kernel.CardKind;
import java.util.Objects;

/**
 * One line of a statement's breakdown by card kind: settled transactions of that kind.
 *
 * @param amountFen sales minus refunds of that kind
 * @param feeFen    fees of that kind (returned refund fees negative)
 */
public record CardKindTotal(CardKind cardKind, long count, long amountFen, long feeFen) {
    public CardKindTotal {
        Objects.requireNonNull(cardKind, "cardKind");
        if (count < 0) {
            throw new IllegalArgumentException("card kind " + cardKind + ": count must not be negative, got " + count);
        }
    }
}
