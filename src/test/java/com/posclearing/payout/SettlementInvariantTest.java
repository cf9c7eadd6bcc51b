package com.posclearing.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.refdata.MerchantStatus;
import com.posclearing.refdata.WorkingCalendar;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementInvariantTest {
    private static final BusinessDate D = BusinessDate.of(2026, 12, 30);

    @Test
    void theDecisionsOfARunBalance() {
        PayoutCalculator calc = new PayoutCalculator(WorkingCalendar.weekdaysOnly());
        List<PayoutDecision> run = List.of(
                // paid: 500000 − 2000 − 2750 + 0 = 495250
                calc.decide(D, new MerchantDay(id(1), MerchantStatus.ACTIVE, 0, 3, 500_000, 1, 2000, 2750, 0)),
                // negative: −300 + 0 − 5000 + 28 + 100 = −5172 carried
                calc.decide(D, new MerchantDay(id(2), MerchantStatus.ACTIVE, -300, 0, 0, 1, 5000, -28, 100)),
                // frozen: 1000 + 20000 − 110 = 20890 held
                calc.decide(D, new MerchantDay(id(3), MerchantStatus.FROZEN, 1000, 1, 20_000, 0, 0, 110, 0)),
                // below minimum: 99 carried
                calc.decide(D, new MerchantDay(id(4), MerchantStatus.ACTIVE, 0, 1, 116, 0, 0, 17, 0)));

        SettlementInvariant inv = SettlementInvariant.of(run);

        assertThat(inv.salesFen()).isEqualTo(520_116);
        assertThat(inv.refundsFen()).isEqualTo(7000);
        assertThat(inv.feesFen()).isEqualTo(2849);
        assertThat(inv.payoutsFen()).isEqualTo(495_250);
        assertThat(inv.payoutsCount()).isEqualTo(1);
        assertThat(inv.openingFen()).isEqualTo(700);
        assertThat(inv.closingFen()).isEqualTo(-5172 + 20_890 + 99);
        assertThat(inv.heldFen()).isEqualTo(20_890);
        assertThat(inv.adjustmentsFen()).isEqualTo(100);
        assertThat(inv.leftFen()).isEqualTo(513_116);
        assertThat(inv.rightFen()).isEqualTo(2849 + 495_250 + (15_817 - 700) - 100);
        assertThat(inv.balanced()).isTrue();
        assertThat(inv.requireBalanced()).isSameAs(inv);
    }

    @Test
    void totalsFromDifferentStepsThatDisagreeDoNotBalance() {
        // reconciliation settled one more fen of sales than the payout step paid out
        SettlementInvariant inv = SettlementInvariant.of(10_001, 0, 55, 9945, 1, 0, 0, 0, 0);

        assertThat(inv.leftFen()).isEqualTo(10_001);
        assertThat(inv.rightFen()).isEqualTo(10_000);
        assertThat(inv.balanced()).isFalse();
        assertThatThrownBy(inv::requireBalanced)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("settlement does not balance: sales − refunds = 10001 fen but fees + payouts"
                        + " + (closing − opening) − adjustments = 10000 fen");
    }

    @Test
    void anEmptyRunBalancesAtZero() {
        assertThat(SettlementInvariant.of(List.of())).isEqualTo(SettlementInvariant.ZERO);
        assertThat(SettlementInvariant.ZERO.balanced()).isTrue();
    }

    @Test
    void sidesCannotBeSetApartFromTheTotals() {
        assertThatThrownBy(() -> new SettlementInvariant(1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MerchantId id(int n) {
        return MerchantId.of("89831004816000" + n);
    }
}
