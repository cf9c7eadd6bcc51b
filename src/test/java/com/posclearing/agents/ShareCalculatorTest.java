package com.posclearing.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.CardKind;
import com.posclearing.refdata.AgentRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** SPEC 3.5 by hand, to the fen; the demo's cost prices (config/agent-rates.csv) and plans (config/fee-plans.csv). */
class ShareCalculatorTest {
    /** AG-EAST → AG-SH → AG-SH-JA, debit and credit. */
    private static final List<AgentRate> DEBIT3 = List.of(rate("AG-EAST", "0.35", 1200), rate("AG-SH", "0.40", 1500),
            rate("AG-SH-JA", "0.48", 1800));
    private static final List<AgentRate> CREDIT3 = List.of(rate("AG-EAST", "0.40", -1), rate("AG-SH", "0.45", -1),
            rate("AG-SH-JA", "0.52", -1));
    /** AG-SOUTH → AG-GZ, whose cost is above its merchants' 0.50 % (倒挂). */
    private static final List<AgentRate> DEBIT2 = List.of(rate("AG-SOUTH", "0.40", -1), rate("AG-GZ", "0.62", -1));

    @Test
    void threeLevelsEachEarnTheSpreadBelowItAndTheAcquirerKeepsTheTopCost() {
        // 1000.00 yuan debit, STD 0.55 %: fee 550; costs 350 / 400 / 480
        TxnShares s = ShareCalculator.ofSale(DEBIT3, 100_000, 550);

        assertThat(s.agents()).containsExactly(new AgentShare("AG-EAST", 1, 350, 50), new AgentShare("AG-SH", 2, 400, 80),
                new AgentShare("AG-SH-JA", 3, 480, 70));
        assertThat(s.acquirerKeepFen()).isEqualTo(350);
    }

    @Test
    void creditCardsUseTheCreditCostPrices() {
        // 1000.00 yuan credit, STD 0.60 %: fee 600; costs 400 / 450 / 520
        assertThat(ShareCalculator.ofSale(CREDIT3, 100_000, 600).agents()).extracting(AgentShare::shareFen)
                .containsExactly(50L, 70L, 80L);
    }

    @Test
    void capsApplyToEachAgentsCostLikeToTheFee() {
        // 10000.00 yuan debit: fee 5500 capped at 2000; costs 3500/4000/4800 capped at 1200/1500/1800
        TxnShares s = ShareCalculator.ofSale(DEBIT3, 1_000_000, 2000);

        assertThat(s.agents()).containsExactly(new AgentShare("AG-EAST", 1, 1200, 300), new AgentShare("AG-SH", 2, 1500, 300),
                new AgentShare("AG-SH-JA", 3, 1800, 200));
        assertThat(s.acquirerKeepFen()).isEqualTo(1200);
    }

    @Test
    void costsRoundHalfUp() {
        // 30.00 yuan: fee 16.5 → 17; costs 10.5 → 11, 12, 14.4 → 14 (HALF_EVEN would give 10 for the top)
        TxnShares s = ShareCalculator.ofSale(DEBIT3, 3000, 17);

        assertThat(s.agents()).extracting(AgentShare::costFen).containsExactly(11L, 12L, 14L);
        assertThat(s.agents()).extracting(AgentShare::shareFen).containsExactly(1L, 2L, 3L);
        assertThat(s.acquirerKeepFen()).isEqualTo(11);
    }

    @Test
    void anInvertedPriceIsANegativeShareKeptAsTheAgentsDebt() {
        // MICRO 200.00 yuan debit: fee max(100, 50) + 10 = 110; costs 80 and 124
        TxnShares s = ShareCalculator.ofSale(DEBIT2, 20_000, 110);

        assertThat(s.agents()).containsExactly(new AgentShare("AG-SOUTH", 1, 80, 44), new AgentShare("AG-GZ", 2, 124, -14));
        assertThat(s.acquirerKeepFen()).isEqualTo(80);
    }

    @Test
    void aMerchantWithoutAnAgentLeavesTheWholeFeeToTheAcquirer() {
        assertThat(ShareCalculator.ofSale(List.of(), 100_000, 550)).isEqualTo(new TxnShares(550, List.of(), 550));
    }

    @Test
    void aWholeRefundWithReturnClawsEveryShareBack() {
        TxnShares back = ShareCalculator.clawBack(ShareCalculator.ofSale(DEBIT3, 100_000, 550), -550);

        assertThat(back.agents()).extracting(AgentShare::shareFen).containsExactly(-50L, -80L, -70L);
        assertThat(back.acquirerKeepFen()).isEqualTo(-350);
    }

    @Test
    void aPartialRefundClawsBackInTheProportionOfItsFee() {
        // 300.00 of the 1000.00 sale: fee −165 = 30 % of 550
        TxnShares back = ShareCalculator.clawBack(ShareCalculator.ofSale(DEBIT3, 100_000, 550), -165);

        assertThat(back.agents()).containsExactly(new AgentShare("AG-EAST", 1, -105, -15), new AgentShare("AG-SH", 2, -120, -24),
                new AgentShare("AG-SH-JA", 3, -144, -21));
        assertThat(back.acquirerKeepFen()).isEqualTo(-105);
    }

    @Test
    void eachClawBackRoundsHalfUpAndTheAcquirerTakesTheRestSoTheFeeStillAddsUp() {
        // 333.33 of the 1000.00 sale: fee −183.33 → −183; 50, 80, 70 × 183/550 = 16.64, 26.62, 23.29
        TxnShares back = ShareCalculator.clawBack(ShareCalculator.ofSale(DEBIT3, 100_000, 550), -183);

        assertThat(back.agents()).extracting(AgentShare::shareFen).containsExactly(-17L, -27L, -23L);
        assertThat(back.acquirerKeepFen()).isEqualTo(-116);
    }

    @Test
    void aRefundWhoseFeeIsKeptClawsBackNothing() {
        TxnShares back = ShareCalculator.clawBack(ShareCalculator.ofSale(DEBIT3, 100_000, 550), 0);

        assertThat(back.agents()).extracting(AgentShare::shareFen).containsExactly(0L, 0L, 0L);
        assertThat(back.acquirerKeepFen()).isZero();
    }

    @Test
    void aRefundOfAnInvertedSaleGivesTheDebtBackToo() {
        // the whole 200.00 refunded at MICRO's 0.50 %: fee −100 of the sale's 110
        TxnShares back = ShareCalculator.clawBack(ShareCalculator.ofSale(DEBIT2, 20_000, 110), -100);

        assertThat(back.agents()).extracting(AgentShare::shareFen).containsExactly(-40L, 13L); // 44 × 100/110, −14 × 100/110
        assertThat(back.acquirerKeepFen()).isEqualTo(-73);
    }

    private static AgentRate rate(String agent, String percent, long capFen) {
        return new AgentRate(agent, CardKind.DEBIT, new BigDecimal(percent),
                capFen < 0 ? OptionalLong.empty() : OptionalLong.of(capFen));
    }
}
