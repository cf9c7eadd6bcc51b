package com.posclearing.refdata;

/** SPEC 2.4: what happens to a merchant's money and transactions. */
public enum MerchantStatus {
    /** Settled and paid normally. */
    ACTIVE,
    /** Transactions settle, but nothing is paid: the balance is carried and reported as held. */
    FROZEN,
    /** Transactions are rejected as breaks; a remaining balance is carried and held like FROZEN. */
    CLOSED
}
