package com.posclearing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void breaksAreTheSixThatNeedAnOperator() {
        assertThat(Arrays.stream(Outcome.values()).filter(Outcome::isBreak)).containsExactly(
                Outcome.AMOUNT_MISMATCH, Outcome.DATA_MISMATCH, Outcome.MISSING_AT_BANK, Outcome.MISSING_AT_TERMINAL,
                Outcome.DUPLICATE, Outcome.REJECTED);
    }

    @Test
    void onlyMatchedAndMatchedLateAreSettled() {
        assertThat(Arrays.stream(Outcome.values()).filter(Outcome::isSettled))
                .containsExactly(Outcome.MATCHED, Outcome.MATCHED_LATE);
    }

    @Test
    void validatorMayAnswerOnlyValidationFailures() {
        assertThat(Arrays.stream(Reason.values()).filter(Reason::isValidationFailure)).containsExactly(
                Reason.UNKNOWN_TERMINAL, Reason.TERMINAL_OF_OTHER_MERCHANT, Reason.MERCHANT_CLOSED,
                Reason.UNKNOWN_MERCHANT, Reason.INVALID_RECORD);
    }
}
