package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static com.posclearing.reconcile.Results.bank;
import static com.posclearing.reconcile.Results.run;
import static com.posclearing.reconcile.Results.terminal;
import static com.posclearing.reconcile.Txns.bankFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule c: a second record of a key on the same side, in this run or on an earlier date. */
class DuplicateTest {
    private final TerminalTxn sale = Txns.terminal(1).build();

    /** History that holds every key on one side. */
    private static History holding(boolean terminal, boolean bank) {
        return new History() {
            @Override
            public boolean terminalKeySettledBefore(TerminalId terminalId, Rrn rrn) {
                return terminal;
            }

            @Override
            public boolean bankKeySeenBefore(TerminalId terminalId, Rrn rrn) {
                return bank;
            }
        };
    }

    @Test
    void secondTerminalRecordOfAKeyIsADuplicateAndTheFirstMatches() {
        TerminalTxn again = Txns.terminal(2).rrn("R00000000001").build();

        ReconcileResult result = run(List.of(sale, again), List.of(bankFor(11, sale, D).build()));

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(terminal(result, 2)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId,
                Decision::sentence).containsExactly(Outcome.DUPLICATE, Reason.DUPLICATE_KEY, 1L,
                "RRN R00000000001 of terminal T0000001 already seen in this run (record 1)");
        assertThat(result.tally(Side.TERMINAL, Outcome.DUPLICATE)).isEqualTo(new Tally(1, 1000));
    }

    @Test
    void pendingItemComesFirstSoTheResentRecordOfDIsTheDuplicate() {
        TerminalTxn pending = Txns.terminal(1).date(2026, 12, 30).build();
        TerminalTxn resent = Txns.terminal(2).rrn("R00000000001").build();

        ReconcileResult result = run(List.of(resent), List.of(pending), List.of(bankFor(11, pending, D).build()));

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.MATCHED_LATE);
        assertThat(terminal(result, 2)).extracting(Decision::outcome, Decision::counterpartId)
                .containsExactly(Outcome.DUPLICATE, 1L);
    }

    @Test
    void sameRrnOnAnotherTerminalIsNoDuplicate() {
        TerminalTxn other = Txns.terminal(2).rrn("R00000000001").terminal("T0000002").build();

        ReconcileResult result = run(List.of(sale, other), List.of());

        assertThat(result.outcomes(Side.TERMINAL)).containsOnlyKeys(Outcome.PENDING);
    }

    @Test
    void secondBankRecordOfAKeyIsADuplicate() {
        BankTxn first = bankFor(11, sale, D).build();
        BankTxn second = bankFor(12, sale, D).build();

        ReconcileResult result = run(List.of(sale), List.of(first, second));

        assertThat(bank(result, 11).outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(bank(result, 12)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.DUPLICATE, Reason.DUPLICATE_KEY, 11L);
    }

    @Test
    void terminalRecordSettledOnAnEarlierDateIsADuplicate() {
        ReconcileResult result = Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, holding(true, false))
                .reconcile(D, List.of(sale), List.of(), List.of(bankFor(11, sale, D).build()));

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.DUPLICATE, Reason.DUPLICATE_OF_EARLIER_DATE, 0L);
        assertThat(bank(result, 11).outcome()).isEqualTo(Outcome.MISSING_AT_TERMINAL);
    }

    @Test
    void historyIsNotAskedAboutPendingItems() {
        TerminalTxn pending = Txns.terminal(1).date(2026, 12, 30).build();

        ReconcileResult result = Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, holding(true, false))
                .reconcile(D, List.of(), List.of(pending), List.of(bankFor(11, pending, D).build()));

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.MATCHED_LATE);
    }

    @Test
    void bankRecordSeenInAnEarlierClearingFileIsADuplicate() {
        ReconcileResult result = Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, holding(false, true))
                .reconcile(D, List.of(sale), List.of(), List.of(bankFor(11, sale, D).build()));

        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.DUPLICATE, Reason.DUPLICATE_OF_EARLIER_DATE);
        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.PENDING);
    }
}
