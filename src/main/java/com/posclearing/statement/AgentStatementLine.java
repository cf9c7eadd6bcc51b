package com.posclearing.statement;

import java.util.Objects;

/**
 * One line of an agent's monthly statement: its month's accrual for one merchant, card kind and entry, or (without a
 * merchant) an adjustment a rerun after delivery moved into or out of the month.
 *
 * @param cardKind  the card kind's code, empty for an adjustment
 * @param entry     SALE, CLAWBACK, ADJUSTMENT (a resolution's), RERUN or RERUN_OUT
 * @param amountFen the transactions' amounts, refunds negative
 * @param shareFen  what the agent earned on them (negative: owed)
 */
public record AgentStatementLine(String merchantId, String merchantName, String cardKind, String entry, long txnCount,
        long amountFen, long feeFen, long costFen, long shareFen) {
    public AgentStatementLine {
        Objects.requireNonNull(entry, "entry");
        merchantId = merchantId == null ? "" : merchantId;
        merchantName = merchantName == null ? "" : merchantName;
        cardKind = cardKind == null ? "" : cardKind;
    }
}
