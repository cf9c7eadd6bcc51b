package com.posclearing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void validatorMayAnswerOnlyValidationFailures() {
        assertThat(Arrays.stream(Reason.values()).filter(Reason::isValidationFailure)).containsExactly(
                Reason.UNKNOWN_TERMINAL, Reason.TERMINAL_OF_OTHER_MERCHANT, Reason.MERCHANT_CLOSED,
                Reason.UNKNOWN_MERCHANT, Reason.INVALID_RECORD);
    }
}
