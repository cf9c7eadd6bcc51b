package com.posclearing.reconcile;

/**
 * Why a record got its outcome: a stable code for reports and filters, with a default sentence. Codes are part of
 * the breaks report; add new ones, never rename.
 */
public enum Reason {
    // set aside (rule a)
    VOID_PAIR("a sale and its void cancel out"),
    VOID_WITHOUT_SALE("void without a matching sale in the same batch"),
    VOID_AMOUNT_DIFFERS("void amount differs from the sale it names (a void cancels the full amount)"),
    REVERSAL_FLAG("reversed at the bank (flag R)"),
    CANCEL_FLAG("voided sale at the bank (flag C)"),
    VOID_ROW("void row at the bank"),

    // validation (rule b): the first five are what a TerminalValidator may answer
    UNKNOWN_TERMINAL("unknown terminal", true),
    TERMINAL_OF_OTHER_MERCHANT("terminal belongs to another merchant", true),
    MERCHANT_CLOSED("merchant is closed", true),
    UNKNOWN_MERCHANT("unknown merchant", true),
    INVALID_RECORD("invalid record", true),
    MATCHES_REJECTED_TERMINAL("matches a rejected terminal record"),

    // duplicates (rule c)
    DUPLICATE_KEY("RRN and terminal id already seen in this run"),
    DUPLICATE_OF_EARLIER_DATE("RRN and terminal id already loaded on an earlier date"),

    // matching (rule d)
    AGREES("both sides agree"),
    CLEARED_LATE("terminal item of an earlier date cleared on this date"),
    AMOUNT_DIFFERS("amounts differ"),
    MERCHANT_DIFFERS("merchant ids differ"),
    CARD_DIFFERS("card last 4 digits differ"),
    TYPE_DIFFERS("direction differs (sale against refund)"),

    // unmatched (rule e)
    AWAITING_BANK("not cleared yet, inside the carry window"),
    NOT_CLEARED_IN_WINDOW("not cleared by the bank within the carry window"),
    NOT_ON_TERMINAL("no terminal record or pending item");

    private final String text;
    private final boolean validation;

    Reason(String text) {
        this(text, false);
    }

    Reason(String text, boolean validation) {
        this.text = text;
        this.validation = validation;
    }

    /** The default sentence for this reason. */
    public String text() {
        return text;
    }

    /** True for the reasons a {@link TerminalValidator} may give to reject a terminal record. */
    public boolean isValidationFailure() {
        return validation;
    }
}
