package com.posclearing.kernel;

/** The side of the reconciliation an input record comes from. */
public enum Side {
    /** The acquirer's POS front system (layout posp-csv). */
    TERMINAL,
    /** The bank clearing file (layout cups-acoma). */
    BANK
}
