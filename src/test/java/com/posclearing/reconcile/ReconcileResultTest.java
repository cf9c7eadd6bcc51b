package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The closure invariant is checked in code: a result that does not close cannot be built. */
class ReconcileResultTest {
    private static Decision pending(long id, long amountFen) {
        return new Decision(Side.TERMINAL, id, Outcome.PENDING, Reason.AWAITING_BANK, Reason.AWAITING_BANK.text(), 0,
                MatchedBy.NONE, amountFen, D);
    }

    @Test
    void lostRecordBreaksTheCountClosure() {
        assertThatThrownBy(() -> new ReconcileResult(D, new Tally(2, 2000), Tally.ZERO, List.of(pending(1, 1000))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reconciliation of 2026-12-31, terminal side: count closure broken: 2 input records but 1 outcomes");
    }

    @Test
    void wrongAmountBreaksTheAmountClosure() {
        assertThatThrownBy(() -> new ReconcileResult(D, new Tally(1, 1000), Tally.ZERO, List.of(pending(1, 999))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reconciliation of 2026-12-31, terminal side: amount closure broken: input 1000 fen but outcomes 999 fen");
    }

    @Test
    void talliesAreKeptPerSideAndOutcome() {
        ReconcileResult result = new ReconcileResult(D, new Tally(3, 3500), Tally.ZERO,
                List.of(pending(1, 1000), pending(2, 2000), new Decision(Side.TERMINAL, 3, Outcome.REJECTED,
                        Reason.UNKNOWN_TERMINAL, "unknown terminal", 0, MatchedBy.NONE, 500, D)));

        assertThat(result.tally(Side.TERMINAL, Outcome.PENDING)).isEqualTo(new Tally(2, 3000));
        assertThat(result.tally(Side.TERMINAL, Outcome.REJECTED)).isEqualTo(new Tally(1, 500));
        assertThat(result.tally(Side.BANK, Outcome.MATCHED)).isEqualTo(Tally.ZERO);
        assertThat(result.breaks()).extracting(Decision::recordId).containsExactly(3L);
    }

    @Test
    void decisionRefusesMatchedByOnAnUnpairedOutcome() {
        assertThatThrownBy(() -> new Decision(Side.BANK, 1, Outcome.MISSING_AT_TERMINAL, Reason.NOT_ON_TERMINAL, "x", 0,
                MatchedBy.PRIMARY, 100, D))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision of record 1: matchedBy PRIMARY does not fit outcome MISSING_AT_TERMINAL");
    }

    @Test
    void mergeRefusesAPartOfAnotherDate() {
        ReconcileResult other = new ReconcileResult(D.plusDays(1), Tally.ZERO, Tally.ZERO, List.of());

        assertThatThrownBy(() -> ReconcileResult.merge(D, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge a result of 2027-01-01 into 2026-12-31");
    }
}
