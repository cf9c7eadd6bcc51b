package com.posclearing.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyAccrualTest {
    private static final MerchantId SHOP = MerchantId.of("898310058120001");

    @Test
    void sumsPerAgentMerchantKindAndEntryAndChecksTheFeesAgainstTheSettledOnes() {
        TxnShares sale = new TxnShares(550, List.of(new AgentShare("A1", 1, 350, 50), new AgentShare("A2", 2, 480, 150)), 350);
        TxnShares inverted = new TxnShares(110, List.of(new AgentShare("A1", 1, 80, 44), new AgentShare("A2", 2, 124, -14)), 80);
        DailyAccrual day = new DailyAccrual();
        day.add(SHOP, CardKind.DEBIT, ShareEntry.SALE, 100_000, 300, sale);
        day.add(SHOP, CardKind.DEBIT, ShareEntry.SALE, 20_000, 60, inverted);
        day.add(SHOP, CardKind.DEBIT, ShareEntry.CLAWBACK, -30_000, 0, ShareCalculator.clawBack(sale, -165));

        assertThat(day.rows()).containsExactly(
                new AccrualRow("A1", SHOP, CardKind.DEBIT, ShareEntry.SALE, 1, 2, 120_000, 660, 430, 94, 0, 0),
                new AccrualRow("A1", SHOP, CardKind.DEBIT, ShareEntry.CLAWBACK, 1, 1, -30_000, -165, -105, -15, 0, 0),
                new AccrualRow("A2", SHOP, CardKind.DEBIT, ShareEntry.SALE, 2, 2, 120_000, 660, 604, 136, 1, -14),
                new AccrualRow("A2", SHOP, CardKind.DEBIT, ShareEntry.CLAWBACK, 2, 1, -30_000, -165, -144, -45, 0, 0));
        assertThat(day.agentTotals()).containsExactly(new AgentTotal("A1", 79, -15, 0, 0), new AgentTotal("A2", 91, -45, 1, -14));
        ShareInvariant invariant = day.invariant(495);
        assertThat(invariant).isEqualTo(new ShareInvariant(495, 170, 325, 360));
        assertThat(invariant.balanced()).isTrue();
        assertThat(invariant.marginFen()).isEqualTo(-35);
        assertThat(day.invariant(496).balanced()).isFalse();
    }
}
