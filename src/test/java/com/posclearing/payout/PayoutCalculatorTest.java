package com.posclearing.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.refdata.DayKind;
import com.posclearing.refdata.MerchantStatus;
import com.posclearing.refdata.WorkingCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayoutCalculatorTest {
    private static final MerchantId M1 = MerchantId.of("898310048160001");
    private static final BusinessDate DEC_30 = BusinessDate.of(2026, 12, 30); // Wednesday
    private static final BusinessDate DEC_31 = BusinessDate.of(2026, 12, 31); // Thursday, Jan 1 is a holiday

    private final PayoutCalculator calculator = new PayoutCalculator(
            new WorkingCalendar(Map.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY)));

    @Test
    void payTheWholeNetAtTheMinimum() {
        PayoutDecision p = calculator.decide(DEC_30, day(MerchantStatus.ACTIVE, 0, 117, 0, 17, 0));

        assertThat(p.netFen()).isEqualTo(100);
        assertThat(p.payoutFen()).isEqualTo(100);
        assertThat(p.closingFen()).isZero();
        assertThat(p.heldFen()).isZero();
        assertThat(p.reason()).isEqualTo(PayoutReason.PAID);
        assertThat(p.paid()).isTrue();
        assertThat(p.payoutId()).contains("P20261230898310048160001");
        assertThat(p.valueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void carryANetBelowTheMinimumAndPayItWithTheNextDay() {
        PayoutDecision d30 = calculator.decide(DEC_30, day(MerchantStatus.ACTIVE, 0, 116, 0, 17, 0));

        assertThat(d30.netFen()).isEqualTo(99);
        assertThat(d30.payoutFen()).isZero();
        assertThat(d30.closingFen()).isEqualTo(99);
        assertThat(d30.reason()).isEqualTo(PayoutReason.BELOW_MINIMUM);
        assertThat(d30.paid()).isFalse();
        assertThat(d30.payoutId()).isEmpty();

        PayoutDecision d31 = calculator.decide(DEC_31, day(MerchantStatus.ACTIVE, d30.closingFen(), 1000, 0, 6, 0));
        assertThat(d31.payoutFen()).isEqualTo(1093);
        assertThat(d31.closingFen()).isZero();
        assertThat(d31.valueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(d31.payoutId()).contains("P20261231898310048160001");
    }

    @Test
    void carryANegativeNet() {
        // a refund of an earlier sale, its 0.55 % fee returned, no sales today
        PayoutDecision p = calculator.decide(DEC_30, day(MerchantStatus.ACTIVE, 0, 0, 5000, -28, 0));

        assertThat(p.netFen()).isEqualTo(-4972);
        assertThat(p.payoutFen()).isZero();
        assertThat(p.closingFen()).isEqualTo(-4972);
        assertThat(p.heldFen()).isZero();
        assertThat(p.reason()).isEqualTo(PayoutReason.NEGATIVE);
    }

    @Test
    void frozenMerchantIsPaidNothingAndItsNetIsHeld() {
        PayoutDecision p = calculator.decide(DEC_30, day(MerchantStatus.FROZEN, 1200, 100_000, 0, 550, 0));

        assertThat(p.netFen()).isEqualTo(100_650);
        assertThat(p.payoutFen()).isZero();
        assertThat(p.closingFen()).isEqualTo(100_650);
        assertThat(p.heldFen()).isEqualTo(100_650);
        assertThat(p.reason()).isEqualTo(PayoutReason.FROZEN);
        assertThat(p.payoutId()).isEmpty();
    }

    @Test
    void closedMerchantIsTreatedLikeFrozen() {
        PayoutDecision p = calculator.decide(DEC_30, new MerchantDay(M1, MerchantStatus.CLOSED, 5000, 0, 0, 0, 0, 0, 0));

        assertThat(p.payoutFen()).isZero();
        assertThat(p.closingFen()).isEqualTo(5000);
        assertThat(p.heldFen()).isEqualTo(5000);
        assertThat(p.reason()).isEqualTo(PayoutReason.CLOSED);
    }

    @Test
    void anAdjustmentAloneCanBePaidAndNoActivityIsNothing() {
        PayoutDecision adjusted = calculator.decide(DEC_30, new MerchantDay(M1, MerchantStatus.ACTIVE, 0, 0, 0, 0, 0, 0, 300));
        assertThat(adjusted.payoutFen()).isEqualTo(300);
        assertThat(adjusted.day().hasActivity()).isTrue();

        MerchantDay idle = new MerchantDay(M1, MerchantStatus.ACTIVE, 0, 0, 0, 0, 0, 0, 0);
        PayoutDecision nothing = calculator.decide(DEC_30, idle);
        assertThat(nothing.reason()).isEqualTo(PayoutReason.NOTHING);
        assertThat(nothing.payoutFen()).isZero();
        assertThat(nothing.closingFen()).isZero();
        assertThat(idle.hasActivity()).isFalse();
    }

    @Test
    void theMinimumIsConfigurable() {
        PayoutCalculator tenYuan = new PayoutCalculator(WorkingCalendar.weekdaysOnly(), 1000);

        assertThat(tenYuan.decide(DEC_30, day(MerchantStatus.ACTIVE, 0, 999, 0, 0, 0)).reason())
                .isEqualTo(PayoutReason.BELOW_MINIMUM);
        assertThat(tenYuan.decide(DEC_30, day(MerchantStatus.ACTIVE, 0, 1000, 0, 0, 0)).payoutFen()).isEqualTo(1000);
        assertThatThrownBy(() -> new PayoutCalculator(WorkingCalendar.weekdaysOnly(), 0))
                .hasMessage("minimum payout must be at least 1 fen, got 0");
    }

    @Test
    void aDecisionThatDoesNotBalanceIsRefusedNamingTheMerchant() {
        MerchantDay day = day(MerchantStatus.ACTIVE, 0, 1000, 0, 6, 0);

        assertThatThrownBy(() -> new PayoutDecision(DEC_30, day, 994, 994, 1, 0, LocalDate.of(2026, 12, 31),
                PayoutReason.PAID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("payout of merchant 898310048160001 on 2026-12-30 does not balance: net 994 (from inputs 994)"
                        + " != payout 994 + closing 1");
        assertThatThrownBy(() -> new PayoutDecision(DEC_30, day, 1000, 1000, 0, 0, LocalDate.of(2026, 12, 31),
                PayoutReason.PAID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("898310048160001");
    }

    @Test
    void merchantDayRefusesInconsistentCounts() {
        assertThatThrownBy(() -> new MerchantDay(M1, MerchantStatus.ACTIVE, 0, 0, 500, 0, 0, 0, 0))
                .hasMessage("sales of merchant 898310048160001: 500 fen without any transaction");
        assertThatThrownBy(() -> new MerchantDay(M1, MerchantStatus.ACTIVE, 0, 1, 500, 1, -5, 0, 0))
                .hasMessage("refunds of merchant 898310048160001 must not be negative: 1 / -5");
    }

    private static MerchantDay day(MerchantStatus status, long opening, long sales, long refunds, long fees, long adj) {
        return new MerchantDay(M1, status, opening, sales > 0 ? 1 : 0, sales, refunds > 0 ? 1 : 0, refunds, fees, adj);
    }
}
