package com.posclearing.kernel;

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
    void sqlListsTheOutcomesOfAPredicate() {
        assertThat(Outcome.sqlList(Outcome::isSettled)).isEqualTo("('MATCHED', 'MATCHED_LATE')");
        assertThat(Outcome.sqlList(Outcome::isBreak)).isEqualTo(
                "('AMOUNT_MISMATCH', 'DATA_MISMATCH', 'MISSING_AT_BANK', 'MISSING_AT_TERMINAL', 'DUPLICATE', 'REJECTED')");
    }
}
