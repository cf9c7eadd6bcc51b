package com.posclearing.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InvalidValueException;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The state machine and the maker-checker rule of SPEC 3.4, on the domain type alone. */
class BreakTest {
    private static final LocalDate NEXT = LocalDate.of(2026, 12, 31);

    static Break open(Outcome outcome, String side, long terminalFen, long bankFen) {
        String letter = side.equals("BANK") ? "B" : "T";
        return new Break(BreakId.of("BRK-20261230-" + letter + "-58120201-261230000009"), BusinessDate.of(2026, 12, 30),
                outcome, side, MerchantId.of("898310058120002"), TerminalId.of("58120201"), "261230000009", "000009",
                TxnType.SALE, "DEBIT", LocalDate.of(2026, 12, 30), terminalFen, bankFen, 1, BreakState.OPEN, null, null, null,
                null, null, null, null, LocalDateTime.of(2026, 12, 31, 2, 0));
    }

    @Test
    void moneyMovingProposalNeedsAnotherUserToApprove() {
        Break proposed = open(Outcome.AMOUNT_MISMATCH, "BOTH", 15800, 18500).propose(BreakAction.BANK_WINS, null, "bank is right",
                "alice", 10000);
        assertThat(proposed.state()).isEqualTo(BreakState.PROPOSED);
        assertThatThrownBy(() -> proposed.approve("alice", NEXT)).isInstanceOf(InvalidValueException.class)
                .hasMessage("BRK-20261230-T-58120201-261230000009: was proposed by alice, who may not approve it too;"
                        + " another user must approve it (--user NAME)");
        Break approved = proposed.approve("bob", NEXT);
        assertThat(approved.state()).isEqualTo(BreakState.APPROVED);
        assertThat(approved.targetDate()).isEqualTo(NEXT);
        assertThat(approved.settledFen()).isEqualTo(18500);
        assertThat(approved.applied(NEXT).state()).isEqualTo(BreakState.APPLIED);
    }

    @Test
    void actionsAreAllowedOnlyForTheirOutcomes() {
        assertThatThrownBy(() -> open(Outcome.MISSING_AT_TERMINAL, "BANK", 0, 7700).propose(BreakAction.TERMINAL_WINS, null,
                "x", "alice", 10000)).hasMessage("BRK-20261230-B-58120201-261230000009: TERMINAL_WINS is not allowed for a"
                        + " MISSING_AT_TERMINAL break; allowed: [BANK_WINS, WRITE_OFF]");
        assertThat(BreakAction.forOutcome(Outcome.MISSING_AT_BANK)).containsExactly(BreakAction.TERMINAL_WINS,
                BreakAction.PAIR, BreakAction.WRITE_OFF);
        assertThat(BreakAction.forOutcome(Outcome.DUPLICATE)).containsExactly(BreakAction.WRITE_OFF);
    }

    @Test
    void writeOffAtOrBelowTheLimitNeedsNoChecker() {
        Break small = open(Outcome.DUPLICATE, "TERMINAL", 10000, 0).propose(BreakAction.WRITE_OFF, null, "dup", "alice", 10000);
        assertThat(small.state()).isEqualTo(BreakState.APPROVED);
        assertThat(small.settledFen()).isZero();
        assertThat(small.gainLossFen()).isEqualTo(-10000);
        Break large = open(Outcome.DUPLICATE, "TERMINAL", 10001, 0).propose(BreakAction.WRITE_OFF, null, "dup", "alice", 10000);
        assertThat(large.state()).isEqualTo(BreakState.PROPOSED);
    }

    @Test
    void refusalNeedsAReasonAndReopens() {
        Break proposed = open(Outcome.AMOUNT_MISMATCH, "BOTH", 15800, 18500).propose(BreakAction.TERMINAL_WINS, null, "pos",
                "alice", 10000);
        assertThatThrownBy(() -> proposed.refuse("bob", " ")).hasMessageEndingWith("a reason is required (--reason TEXT)");
        Break reopened = proposed.refuse("bob", "the slip says 185.00");
        assertThat(reopened.state()).isEqualTo(BreakState.OPEN);
        assertThat(reopened.action()).isNull();
    }

    @Test
    void decidedBreaksCannotBeDecidedAgain() {
        Break approved = open(Outcome.AMOUNT_MISMATCH, "BOTH", 15800, 18500).propose(BreakAction.BANK_WINS, null, "r", "alice",
                10000).approve("bob", NEXT);
        assertThatThrownBy(() -> approved.approve("carol", NEXT)).hasMessage("BRK-20261230-T-58120201-261230000009: is"
                + " APPROVED and cannot be approved (it must be PROPOSED); see ops/settle breaks list");
        assertThatThrownBy(() -> approved.propose(BreakAction.WRITE_OFF, null, "r", "carol", 10000))
                .hasMessageContaining("is APPROVED and cannot be proposed");
        assertThat(BreakState.APPLIED.canBecome(BreakState.OPEN)).isFalse();
        assertThat(BreakState.RESOLVED_BY_RERUN.isLive()).isFalse();
    }

    @Test
    void pairNeedsAMissingAtTerminalOfTheSameAmount() {
        Break atBank = open(Outcome.MISSING_AT_BANK, "TERMINAL", 8800, 0);
        Break other = new Break(BreakId.of("BRK-20261230-B-58120202-261230000016"), BusinessDate.of(2026, 12, 30),
                Outcome.MISSING_AT_TERMINAL, "BANK", MerchantId.of("898310058120002"), TerminalId.of("58120202"),
                "261230000016", "000016", TxnType.SALE, null, LocalDate.of(2026, 12, 30), 0, 7700, 1, BreakState.OPEN, null,
                null, null, null, null, null, null, LocalDateTime.of(2026, 12, 31, 2, 0));
        assertThatThrownBy(() -> atBank.propose(BreakAction.PAIR, other, "same sale", "alice", 10000)).hasMessage(
                "BRK-20261230-T-58120201-261230000009: the amounts differ (terminal 8800 fen, bank 7700 fen of"
                        + " BRK-20261230-B-58120202-261230000016): PAIR needs equal amounts; use TERMINAL_WINS or WRITE_OFF");
        assertThatThrownBy(() -> atBank.propose(BreakAction.PAIR, null, "r", "alice", 10000))
                .hasMessageEndingWith("PAIR needs --pair ID of a MISSING_AT_TERMINAL break");
    }
}
