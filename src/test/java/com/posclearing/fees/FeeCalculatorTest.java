package com.posclearing.fees;

import static com.posclearing.fees.FeeCalculator.merchantFee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.RefundFee;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCalculatorTest {
    /** The classic debit plan: 0.55 %, capped at 20 yuan. */
    private static final FeePlanRow DEBIT = plan("0.55", 2000L, null, null, RefundFee.RETURN);
    private static final FeePlanRow CREDIT = plan("0.60", null, null, null, RefundFee.RETURN);
    private static final FeePlanRow FOREIGN_KEEP = plan("1.25", null, null, null, RefundFee.KEEP);
    /** 0.38 %, at least 0.50 yuan, plus 0.20 yuan per sale. */
    private static final FeePlanRow MIN_FIXED = plan("0.38", null, 50L, 20L, RefundFee.RETURN);

    @ParameterizedTest(name = "{0} fen at 0.55 % cap 2000 = {1}")
    @CsvSource({
        "3000, 17",     // 16.5 rounds up; HALF_EVEN would give 16
        "2999, 16",     // 16.4945
        "1000, 6",      // 5.5
        "1, 0",         // 0.0055
        "90, 0",        // 0.495
        "91, 1",        // 0.5005
        "363545, 1999", // 1999.4975
        "363546, 2000", // 1999.503 rounds to exactly the cap
        "1000000, 2000" // 5500 capped
    })
    void percentageRoundsHalfUpToTheFenThenIsCapped(long amountFen, long feeFen) {
        assertThat(merchantFee(DEBIT, TxnType.SALE, amountFen)).isEqualTo(feeFen);
        assertThat(merchantFee(DEBIT, TxnType.PREAUTH_COMPLETE, amountFen)).isEqualTo(feeFen);
    }

    @Test
    void noCapMeansNoCap() {
        assertThat(merchantFee(CREDIT, TxnType.SALE, 1_000_000)).isEqualTo(6000);
        assertThat(merchantFee(FOREIGN_KEEP, TxnType.SALE, 999_999_999_999L)).isEqualTo(12_500_000_000L); // 12499999999.9875
    }

    @ParameterizedTest(name = "{0} fen at 0.38 % min 50 fixed 20 = {1}")
    @CsvSource({
        "10000, 70",    // 38 → minimum 50 → +20
        "13157, 70",    // 49.9966 → 50 = the minimum → +20
        "13290, 71",    // 50.502 → 51 → +20
        "100000, 400",  // 380 + 20
        "60, 60",       // 0 → 50 → 70, but never more than the 60 fen taken
        "1, 1"
    })
    void minimumThenFixedPartNeverMoreThanTheAmount(long amountFen, long feeFen) {
        assertThat(merchantFee(MIN_FIXED, TxnType.SALE, amountFen)).isEqualTo(feeFen);
    }

    @Test
    void capThenMinimumThenFixedInThatOrder() {
        FeePlanRow all = plan("0.55", 2000L, 100L, 30L, RefundFee.RETURN);
        assertThat(merchantFee(all, TxnType.SALE, 1_000_000)).isEqualTo(2030); // capped 2000, then + 30
        assertThat(merchantFee(all, TxnType.SALE, 10_000)).isEqualTo(130);     // 55 → minimum 100 → + 30
        assertThat(merchantFee(all, TxnType.SALE, 100_000)).isEqualTo(580);    // 550 + 30
    }

    @Test
    void fixedPartAloneAndZeroRate() {
        FeePlanRow fixedOnly = plan("0", null, null, 150L, RefundFee.KEEP);
        assertThat(merchantFee(fixedOnly, TxnType.SALE, 100_000)).isEqualTo(150);
        assertThat(merchantFee(fixedOnly, TxnType.SALE, 120)).isEqualTo(120);
        assertThat(merchantFee(plan("0", null, null, null, RefundFee.RETURN), TxnType.SALE, 100_000)).isZero();
    }

    @Test
    void refundWithReturnGivesBackTheCappedPercentageOnly() {
        assertThat(merchantFee(DEBIT, TxnType.REFUND, 3000)).isEqualTo(-17);
        assertThat(merchantFee(DEBIT, TxnType.REFUND, 1_000_000)).isEqualTo(-2000);
        assertThat(merchantFee(CREDIT, TxnType.REFUND, 250_000)).isEqualTo(-1500);
        // no minimum, no fixed part: 0.38 % of 10000 is 38, not 70
        assertThat(merchantFee(MIN_FIXED, TxnType.REFUND, 10_000)).isEqualTo(-38);
        assertThat(merchantFee(MIN_FIXED, TxnType.REFUND, 60)).isZero();
    }

    @Test
    void refundWithKeepCostsAndReturnsNothing() {
        assertThat(merchantFee(FOREIGN_KEEP, TxnType.REFUND, 5000)).isZero();
        assertThat(merchantFee(plan("0.38", null, 50L, 20L, RefundFee.KEEP), TxnType.REFUND, 10_000)).isZero();
    }

    @Test
    void aVoidIsNeverSettled() {
        assertThatThrownBy(() -> merchantFee(DEBIT, TxnType.VOID, 3000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a VOID has no fee: it cancels its sale and is never settled (plan P1)");
    }

    @Test
    void amountMustBePositive() {
        assertThatThrownBy(() -> merchantFee(DEBIT, TxnType.SALE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amountFen must be positive, got 0");
    }

    @Test
    void marginIsMerchantFeeMinusAcquirerCost() {
        assertThat(FeeCalculator.marginFen(17, 12)).isEqualTo(5);
        assertThat(FeeCalculator.marginFen(2000, 2600)).isEqualTo(-600);
        assertThat(FeeCalculator.marginFen(-17, 0)).isEqualTo(-17);
    }

    @Test
    void aPlanRowRefusesContradictoryValues() {
        assertThatThrownBy(() -> plan("0.55", 2000L, 2500L, null, RefundFee.RETURN))
                .hasMessage("minFen: minimum 2500 is above the cap 2000");
        assertThatThrownBy(() -> plan("100.01", null, null, null, RefundFee.RETURN))
                .hasMessage("ratePercent: expected a percentage from 0 to 100, got 100.01");
        assertThatThrownBy(() -> plan("0.55", -1L, null, null, RefundFee.RETURN))
                .hasMessage("capFen: must not be negative, got -1");
    }

    private static FeePlanRow plan(String rate, Long cap, Long min, Long fixed, RefundFee refundFee) {
        return new FeePlanRow("P1", CardKind.DEBIT, new BigDecimal(rate), opt(cap), opt(min), opt(fixed), refundFee);
    }

    private static OptionalLong opt(Long v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
}
