package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static com.posclearing.reconcile.Results.bank;
import static com.posclearing.reconcile.Results.terminal;
import static com.posclearing.reconcile.Txns.bankFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule b: reference data rejects terminal records, and the bank records that match them. */
class ValidationTest {
    private static final String BAD_TERMINAL = "T0000666";

    private static ReconcileResult run(Reason answer, List<TerminalTxn> ofD, List<BankTxn> bank) {
        TerminalValidator validator = t -> t.terminalId().value().equals(BAD_TERMINAL) ? Optional.of(answer) : Optional.empty();
        return new Reconciler(2, validator, History.NONE).reconcile(D, ofD, List.of(), bank);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"UNKNOWN_TERMINAL", "TERMINAL_OF_OTHER_MERCHANT", "MERCHANT_CLOSED"})
    void failingTerminalRecordIsRejectedWithTheValidatorsReason(Reason answer) {
        TerminalTxn bad = Txns.terminal(1).terminal(BAD_TERMINAL).build();
        TerminalTxn good = Txns.terminal(2).build();

        ReconcileResult result = run(answer, List.of(bad, good), List.of());

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason, Decision::sentence)
                .containsExactly(Outcome.REJECTED, answer,
                        answer.text() + " (merchant 102100000000001, terminal T0000666)");
        assertThat(terminal(result, 2).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void bankRecordMatchingARejectedTerminalRecordByRrnIsRejectedToo() {
        TerminalTxn bad = Txns.terminal(1).terminal(BAD_TERMINAL).date(2026, 12, 30).build();
        BankTxn row = bankFor(11, bad, D).build();

        ReconcileResult result = new Reconciler(2, t -> Optional.of(Reason.MERCHANT_CLOSED), History.NONE)
                .reconcile(D, List.of(), List.of(bad), List.of(row));

        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId,
                Decision::originDate, Decision::sentence).containsExactly(Outcome.REJECTED,
                Reason.MATCHES_REJECTED_TERMINAL, 1L, BusinessDate.of(2026, 12, 30),
                "matches terminal record 1, rejected: merchant is closed");
    }

    @Test
    void bankRecordMatchingARejectedTerminalRecordByFallbackKeyIsRejectedToo() {
        TerminalTxn bad = Txns.terminal(1).terminal(BAD_TERMINAL).build();
        BankTxn row = bankFor(11, bad, D).rrn("OTHERRRN0001").build();

        ReconcileResult result = run(Reason.UNKNOWN_TERMINAL, List.of(bad), List.of(row));

        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.REJECTED, Reason.MATCHES_REJECTED_TERMINAL);
    }

    @Test
    void voidPairIsSetAsideBeforeValidation() {
        TerminalTxn sale = Txns.terminal(1).terminal(BAD_TERMINAL).build();
        TerminalTxn voidTxn = Txns.terminal(2).terminal(BAD_TERMINAL).voids("000001", null).build();

        ReconcileResult result = run(Reason.UNKNOWN_TERMINAL, List.of(sale, voidTxn), List.of());

        assertThat(result.outcomes(Side.TERMINAL)).containsOnlyKeys(Outcome.VOIDED);
    }

    @Test
    void validatorAnsweringANonValidationReasonIsABug() {
        TerminalTxn bad = Txns.terminal(1).terminal(BAD_TERMINAL).build();

        assertThatThrownBy(() -> run(Reason.AGREES, List.of(bad), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("terminal validator answered AGREES, not a validation failure");
    }
}
