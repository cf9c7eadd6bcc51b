package com.posclearing.report;

/** Count and amount (fen) of the records that ended in one outcome. */
public record OutcomeTotal(long count, long amountFen) {
    public OutcomeTotal {
        if (count < 0) {
            throw new IllegalArgumentException("outcome count must not be negative, got " + count);
        }
    }

    public OutcomeTotal plus(long amount) {
        return new OutcomeTotal(count + 1, Math.addExact(amountFen, amount));
    }
}
