package com.posclearing.resolution;

import com.posclearing.kernel.Outcome;
import java.util.Arrays;
import java.util.List;

/** What an operator decides for a break (SPEC 3.4), and for which outcomes each decision is allowed. */
public enum BreakAction {
    /** Settle at the bank's amount. */
    BANK_WINS,
    /** Settle at the terminal's amount; the difference to the bank is the acquirer's loss. */
    TERMINAL_WINS,
    /** A MISSING_AT_BANK settled with a MISSING_AT_TERMINAL of the same amount, as MATCHED_MANUAL. */
    PAIR,
    /** Nothing to the merchant; the amount is the acquirer's gain or loss. */
    WRITE_OFF;

    public boolean allowedFor(Outcome outcome) {
        return switch (this) {
            case BANK_WINS -> outcome == Outcome.AMOUNT_MISMATCH || outcome == Outcome.DATA_MISMATCH
                    || outcome == Outcome.MISSING_AT_TERMINAL;
            case TERMINAL_WINS -> outcome == Outcome.AMOUNT_MISMATCH || outcome == Outcome.DATA_MISMATCH
                    || outcome == Outcome.MISSING_AT_BANK;
            case PAIR -> outcome == Outcome.MISSING_AT_BANK;
            case WRITE_OFF -> outcome.isBreak();
        };
    }

    /** True when applying it credits or debits the merchant (always needs a checker). */
    public boolean movesMoney() {
        return this != WRITE_OFF;
    }

    /** The actions allowed for an outcome, in declaration order (the workbook's drop-down). */
    public static List<BreakAction> forOutcome(Outcome outcome) {
        return Arrays.stream(values()).filter(a -> a.allowedFor(outcome)).toList();
    }
}
