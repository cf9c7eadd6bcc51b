package com.posclearing.reconcile;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;

/**
 * The outcome of one input record. Kept small: a run holds one per record.
 *
 * @param side          which side the record is on
 * @param recordId      the record's stable id ({@code TerminalTxn.id} or {@code BankTxn.id})
 * @param outcome       the one outcome of the record
 * @param reason        why, as a stable code
 * @param sentence      why, for people; never holds a full card number (records only carry masked ones)
 * @param counterpartId the id of the record on the other side (or, for voids and duplicates, on the same side) it
 *                      was decided against, 0 if none
 * @param matchedBy     the key that paired it with a record of the other side, {@code NONE} unless the outcome is
 *                      MATCHED, MATCHED_LATE, AMOUNT_MISMATCH or DATA_MISMATCH
 * @param amountFen     the record's own amount, positive, whatever the direction
 * @param originDate    the terminal item's business date: the record's own on the terminal side; on the bank side
 *                      that of the terminal record it was paired with or rejected against, else the clearing date
 */
public record Decision(
        Side side,
        long recordId,
        Outcome outcome,
        Reason reason,
        String sentence,
        long counterpartId,
        MatchedBy matchedBy,
        long amountFen,
        BusinessDate originDate) {

    public Decision {
        if (side == null || outcome == null || reason == null || matchedBy == null || originDate == null) {
            throw new IllegalArgumentException("decision of record " + recordId + ": side, outcome, reason, matchedBy"
                    + " and originDate are required");
        }
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("decision of record " + recordId + ": sentence is required");
        }
        if (recordId < 0 || counterpartId < 0) {
            throw new IllegalArgumentException("decision of record " + recordId + ": ids must not be negative");
        }
        if (amountFen <= 0) {
            throw new IllegalArgumentException("decision of record " + recordId + ": amountFen must be positive, got "
                    + amountFen);
        }
        if ((matchedBy != MatchedBy.NONE) != isPaired(outcome)) {
            throw new IllegalArgumentException("decision of record " + recordId + ": matchedBy " + matchedBy
                    + " does not fit outcome " + outcome);
        }
    }

    public boolean isBreak() {
        return outcome.isBreak();
    }

    private static boolean isPaired(Outcome outcome) {
        return switch (outcome) {
            case MATCHED, MATCHED_LATE, AMOUNT_MISMATCH, DATA_MISMATCH -> true;
            default -> false;
        };
    }
}
