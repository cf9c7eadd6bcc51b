package com.posclearing.kernel;

/** Card kind that selects the fee plan row. */
public enum CardKind {
    DEBIT, CREDIT, FOREIGN
}
