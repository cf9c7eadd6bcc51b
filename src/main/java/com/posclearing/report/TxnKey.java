package com.posclearing.report;

import java.util.Objects;

/**
 * How operators name a transaction: terminal id, RRN and STAN, as received (text: a rejected record may hold
 * invalid values; empty when unknown). Never an internal record id.
 */
public record TxnKey(String terminalId, String rrn, String stan) {
    public static final TxnKey NONE = new TxnKey("", "", "");

    public TxnKey {
        terminalId = Objects.toString(terminalId, "");
        rrn = Objects.toString(rrn, "");
        stan = Objects.toString(stan, "");
    }

    public boolean isEmpty() {
        return terminalId.isEmpty() && rrn.isEmpty() && stan.isEmpty();
    }
}
