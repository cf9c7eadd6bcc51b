package com.posclearing.refdata;

/** How long after business date D a merchant is paid. Only T+1 is offered now (SPEC 2.4). */
public enum SettlementCycle {
    /** Paid on the first working day after D. */
    T1
}
