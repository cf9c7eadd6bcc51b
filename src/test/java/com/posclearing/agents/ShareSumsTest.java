package com.posclearing.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.fees.FeeCalculator;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.AgentRate;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.RefundFee;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sharing invariant over 10,000 seeded random chains (0 to 3 levels), plans, cost prices, caps, sales and partial
 * refunds: the parts of every sale and every claw-back add up to its fee to the fen, and a claw-back never gives back
 * more than the share it claws from.
 */
class ShareSumsTest {
    private static final int TRIES = 10_000;

    @Test
    void everySaleAndClawBackAddsUpToItsFee() {
        Random random = new Random(20261230L);
        long feesFen = 0;
        long partsFen = 0;
        for (int i = 0; i < TRIES; i++) {
            FeePlanRow plan = new FeePlanRow("P", CardKind.DEBIT, percent(random), cap(random), OptionalLong.empty(),
                    random.nextInt(4) == 0 ? OptionalLong.of(random.nextInt(50)) : OptionalLong.empty(), RefundFee.RETURN);
            List<AgentRate> chain = new ArrayList<>();
            for (int level = random.nextInt(4); level > 0; level--) {
                chain.add(new AgentRate("A" + level, CardKind.DEBIT, percent(random), cap(random)));
            }
            long saleFen = 1 + random.nextInt(5_000_000);
            long refundFen = 1 + random.nextInt((int) saleFen);
            long saleFeeFen = FeeCalculator.merchantFee(plan, TxnType.SALE, saleFen);
            long refundFeeFen = FeeCalculator.merchantFee(plan, TxnType.REFUND, refundFen);

            TxnShares sale = ShareCalculator.ofSale(chain, saleFen, saleFeeFen); // the record refuses parts that do not add up
            TxnShares back = ShareCalculator.clawBack(sale, refundFeeFen);

            for (int k = 0; k < sale.agents().size(); k++) {
                assertThat(Math.abs(back.agents().get(k).shareFen())).isLessThanOrEqualTo(Math.abs(sale.agents().get(k).shareFen()));
            }
            feesFen += saleFeeFen + refundFeeFen;
            partsFen += sale.acquirerKeepFen() + back.acquirerKeepFen()
                    + sale.agents().stream().mapToLong(AgentShare::shareFen).sum()
                    + back.agents().stream().mapToLong(AgentShare::shareFen).sum();
        }
        assertThat(partsFen).isEqualTo(feesFen);
    }

    /** 0.00 % to 1.99 %, two decimals. */
    private static BigDecimal percent(Random random) {
        return BigDecimal.valueOf(random.nextInt(200), 2);
    }

    private static OptionalLong cap(Random random) {
        return random.nextInt(3) == 0 ? OptionalLong.of(random.nextInt(3000)) : OptionalLong.empty();
    }
}
