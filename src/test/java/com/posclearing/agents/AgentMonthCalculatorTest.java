package com.posclearing.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.payout.PayoutReason;
import com.posclearing.refdata.AgentStatus;
import com.posclearing.refdata.DayKind;
import com.posclearing.refdata.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentMonthCalculatorTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private final AgentMonthCalculator calculator = new AgentMonthCalculator(new WorkingCalendar(Map.of(
            LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY)), 100);

    @Test
    void theFirstWorkingDaySkipsHolidaysAndWeekendsAndTakesMakeUpDays() {
        // 2027-01-01 is a holiday (Friday), then a weekend; 2026-10-10 is a make-up Saturday, but Oct 1 is a Thursday
        assertThat(calculator.firstWorkingDay(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calculator.firstWorkingDay(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(calculator.firstWorkingDay(YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 3));
    }

    @Test
    void aMonthAtTheMinimumIsPaidBelowItCarriedAndFrozenHeld() {
        AgentMonth paid = calculator.decide(DECEMBER, "AG-1", AgentStatus.ACTIVE, -50, 170, -20, 0);
        assertThat(paid.payoutFen()).isEqualTo(100);
        assertThat(paid.closingFen()).isZero();
        assertThat(paid.payoutId()).isEqualTo("A202612AG-1");
        assertThat(paid.valueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        AgentMonth negative = calculator.decide(DECEMBER, "AG-1", AgentStatus.ACTIVE, 85, -291, 0, 0);
        assertThat(negative.reason()).isEqualTo(PayoutReason.NEGATIVE);
        assertThat(negative.closingFen()).isEqualTo(-206);
        assertThat(calculator.decide(DECEMBER, "AG-1", AgentStatus.ACTIVE, 0, 99, 0, 0).reason())
                .isEqualTo(PayoutReason.BELOW_MINIMUM);
        AgentMonth frozen = calculator.decide(DECEMBER, "AG-1", AgentStatus.FROZEN, 0, 5000, 0, 0);
        assertThat(frozen.payoutFen()).isZero();
        assertThat(frozen.heldFen()).isEqualTo(5000);
    }

    @Test
    void afterDeliveryTheMonthKeepsItsDeliveredNet() {
        AgentMonth rerun = calculator.decide(DECEMBER, "AG-SH-JA", AgentStatus.ACTIVE, 0, 523, 0, 0);
        AgentMonth kept = calculator.keepDelivered(rerun, 530);
        assertThat(kept.adjustmentsFen()).isEqualTo(7);
        assertThat(kept.netFen()).isEqualTo(530);
        assertThat(kept.payoutFen()).isEqualTo(530);
        assertThat(calculator.keepDelivered(kept, 530)).isSameAs(kept);
    }
}
