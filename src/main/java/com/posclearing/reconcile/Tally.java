package com.posclearing.reconcile;

/** A count of records and the sum of their amounts (absolute, whatever the direction). */
public record Tally(long count, long amountFen) {
    public static final Tally ZERO = new Tally(0, 0);

    public Tally {
        if (count < 0 || amountFen < 0) {
            throw new IllegalArgumentException("tally must not be negative: count " + count + ", amountFen "
                    + amountFen);
        }
    }

    public Tally plus(long amount) {
        return new Tally(count + 1, Math.addExact(amountFen, amount));
    }

    public Tally plus(Tally other) {
        return new Tally(Math.addExact(count, other.count), Math.addExact(amountFen, other.amountFen));
    }
}
