package com.posclearing.agents;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;

/**
 * One agent's accrual of one business date for one merchant, card kind and entry: the sums of its transactions.
 *
 * @param amountFen the transactions' amounts (refunds negative)
 * @param feeFen    the merchant fees of those transactions
 * @param costFen   the agent's cost price of them
 * @param shareFen  what the agent earned (negative: owed)
 * @param invertedCount transactions (not claw-backs) on which the agent earned less than nothing (倒挂)
 * @param invertedFen   the sum of those negative shares
 */
public record AccrualRow(String agentId, MerchantId merchantId, CardKind cardKind, ShareEntry entry, int level,
        long txnCount, long amountFen, long feeFen, long costFen, long shareFen, long invertedCount, long invertedFen) {

    AccrualRow plus(AccrualRow o) {
        return new AccrualRow(agentId, merchantId, cardKind, entry, level, txnCount + o.txnCount,
                Math.addExact(amountFen, o.amountFen), Math.addExact(feeFen, o.feeFen), Math.addExact(costFen, o.costFen),
                Math.addExact(shareFen, o.shareFen), invertedCount + o.invertedCount, Math.addExact(invertedFen, o.invertedFen));
    }
}
