package com.posclearing.refdata;

/** Why a terminal transaction is refused before matching (SPEC 2.4, 3.1: outcome REJECTED). */
public enum TerminalRejection {
    /** The terminal id is not in terminals.csv. */
    UNKNOWN_TERMINAL("terminal %s is not in terminals.csv"),
    /** The merchant id of the transaction is not in merchants.csv. */
    UNKNOWN_MERCHANT("merchant %2$s is not in merchants.csv"),
    /** terminals.csv gives the terminal to another merchant than the transaction names. */
    TERMINAL_OF_OTHER_MERCHANT("terminal %s belongs to another merchant than %s"),
    /** The merchant is CLOSED: its transactions are breaks. */
    MERCHANT_CLOSED("merchant %2$s is CLOSED");

    private final String pattern;

    TerminalRejection(String pattern) {
        this.pattern = pattern;
    }

    /** A plain sentence for reports, e.g. "terminal T0000009 is not in terminals.csv". */
    public String describe(Object terminalId, Object merchantId) {
        return String.format(pattern, terminalId, merchantId);
    }
}
