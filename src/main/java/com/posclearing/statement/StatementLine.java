package com.posclearing.statement;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One transaction line of a merchant statement.
 *
 * @param amountFen signed as the merchant sees it: refunds negative
 * @param feeFen    merchant fee, a returned refund fee negative, 0 when nothing is settled
 * @param netFen    {@code amountFen - feeFen} when settled; 0 when the line is not settled (a break or a void): the
 *                  net column then adds up to what the merchant is credited
 * @param outcome   the reconciliation outcome name, e.g. {@code MATCHED}, {@code PENDING} (shown translated in XLSX)
 */
public record StatementLine(
        LocalDateTime txnTime,
        TerminalId terminalId,
        String batchNo,
        Stan stan,
        Rrn rrn,
        MaskedCard cardNo,
        CardKind cardKind,
        TxnType txnType,
        long amountFen,
        long feeFen,
        long netFen,
        String outcome) {

    public StatementLine {
        TxnColumns.require("statement line", txnTime, terminalId, batchNo, stan, rrn, cardNo, cardKind, txnType);
        Objects.requireNonNull(outcome, "outcome");
        boolean settled = settled(outcome);
        if (settled ? netFen != amountFen - feeFen : netFen != 0 || feeFen != 0) {
            throw new IllegalArgumentException("statement line " + rrn + " (" + outcome + "): net " + netFen + " and fee "
                    + feeFen + " do not fit amount " + amountFen + (settled ? "" : "; an unsettled line has no fee and no net"));
        }
    }

    /** Whether the line was settled on D (its money moved): it counts in the card-kind breakdown. */
    public boolean settled() {
        return settled(outcome);
    }

    private static boolean settled(String outcome) {
        return "MATCHED".equals(outcome) || "MATCHED_LATE".equals(outcome);
    }
}
