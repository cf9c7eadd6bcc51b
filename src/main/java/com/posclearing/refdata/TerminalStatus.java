package com.posclearing.refdata;

/**
 * Status of a terminal in {@code terminals.csv}. Informational: SPEC 3.1 rejects transactions by terminal ownership
 * and merchant status only, so a late batch from a terminal closed since is still reconciled.
 */
public enum TerminalStatus {
    ACTIVE, CLOSED
}
