package com.posclearing.statement;

import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.TerminalId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A break resolution applied on the statement's date (SPEC 3.4): a line of type {@code ADJUSTMENT} naming the original
 * transaction, so the net column adds up to what the merchant is credited.
 *
 * @param txnDate   the business date of the original transaction
 * @param amountFen the settled amount as the merchant sees it: a refund negative
 * @param feeFen    the merchant fee taken off it
 * @param netFen    {@code amountFen - feeFen}, the adjustment credited
 * @param outcome   {@code MATCHED_MANUAL} for a pair, else the action, e.g. {@code BANK_WINS}
 */
public record AdjustmentLine(LocalDate txnDate, TerminalId terminalId, Rrn rrn, long amountFen, long feeFen, long netFen,
        String outcome) {
    public static final String TXN_TYPE = "ADJUSTMENT";

    public AdjustmentLine {
        Objects.requireNonNull(txnDate, "txnDate");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(outcome, "outcome");
        if (netFen != amountFen - feeFen) {
            throw new IllegalArgumentException("adjustment line " + rrn + ": net " + netFen + " is not amount " + amountFen
                    + " - fee " + feeFen);
        }
    }
}
