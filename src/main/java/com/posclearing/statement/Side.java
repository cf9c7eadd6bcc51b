package com.posclearing.statement;

/** Which side of the reconciliation a record comes from. */
public enum Side {
    TERMINAL, BANK
}
