package com.posclearing.refdata;

/** What happens to the merchant fee of a sale when it is refunded (SPEC 3.2). */
public enum RefundFee {
    /** The fee of the refunded amount is given back to the merchant (negative fee, no minimum, no fixed part). */
    RETURN,
    /** The acquirer keeps the fee: a refund costs no fee and returns none. */
    KEEP
}
