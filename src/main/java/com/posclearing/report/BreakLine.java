package com.posclearing.report;

import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.Side;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One break for operators: a record that ended in AMOUNT_MISMATCH, DATA_MISMATCH, MISSING_AT_BANK,
 * MISSING_AT_TERMINAL, DUPLICATE or REJECTED. Identifiers are text as received (a rejected record may hold
 * invalid values); empty when unknown. The card is only ever the masked form.
 *
 * @param side              the side holding the record
 * @param outcome           outcome name, e.g. {@code AMOUNT_MISMATCH}
 * @param reason            why, as data; writers put it into words in their language
 * @param txnTime           transaction time (terminal) or transmission time (bank), null when unknown
 * @param cardNo            masked card, null when unknown
 * @param terminalAmountFen amount of the terminal record, null when there is none
 * @param bankAmountFen     amount of the bank record, null when there is none
 * @param sourceFile        the input file holding the record
 * @param sourceLine        its line in that file, 0 when not applicable
 */
public record BreakLine(
        Side side,
        String outcome,
        BreakReason reason,
        String merchantId,
        String terminalId,
        String stan,
        String rrn,
        LocalDateTime txnTime,
        MaskedCard cardNo,
        Long terminalAmountFen,
        Long bankAmountFen,
        String sourceFile,
        long sourceLine) {

    public BreakLine {
        Objects.requireNonNull(side, "side");
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("break: outcome is required");
        }
        Objects.requireNonNull(reason, "reason");
        merchantId = Objects.toString(merchantId, "");
        terminalId = Objects.toString(terminalId, "");
        stan = Objects.toString(stan, "");
        rrn = Objects.toString(rrn, "");
        sourceFile = Objects.toString(sourceFile, "");
    }

    /** The record as operators name it. */
    public TxnKey key() {
        return new TxnKey(terminalId, rrn, stan);
    }
}
