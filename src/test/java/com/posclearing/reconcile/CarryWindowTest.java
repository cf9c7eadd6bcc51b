package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.terminal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TerminalTxn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule e: an unmatched terminal item stays PENDING for W runs, then is MISSING_AT_BANK. */
class CarryWindowTest {
    private static final BusinessDate DEC30 = BusinessDate.of(2026, 12, 30);

    /**
     * Runs Dec 30, Dec 31 and Jan 1 with no bank rows, carrying the item over while it is pending; its outcome in
     * each run that holds it.
     */
    private static List<Outcome> threeRuns(int windowDays) {
        TerminalTxn item = Txns.terminal(1).date(DEC30).build();
        Reconciler reconciler = new Reconciler(windowDays, TerminalValidator.ACCEPT_ALL, History.NONE);
        List<Outcome> outcomes = new ArrayList<>();
        List<TerminalTxn> pending = List.of();
        for (int day = 0; day < 3 && (day == 0 || !pending.isEmpty()); day++) {
            BusinessDate d = DEC30.plusDays(day);
            List<TerminalTxn> ofD = day == 0 ? List.of(item) : List.of();
            Decision decision = terminal(reconciler.reconcile(d, ofD, pending, List.of()), 1);
            outcomes.add(decision.outcome());
            pending = decision.outcome() == Outcome.PENDING ? List.of(item) : List.of();
        }
        return outcomes;
    }

    @Test
    void windowOfTwoKeepsAnItemPendingForTwoRuns() {
        assertThat(threeRuns(2)).containsExactly(Outcome.PENDING, Outcome.PENDING, Outcome.MISSING_AT_BANK);
    }

    @Test
    void windowOfOneKeepsAnItemPendingForOneRun() {
        assertThat(threeRuns(1)).containsExactly(Outcome.PENDING, Outcome.MISSING_AT_BANK);
    }

    @Test
    void windowOfZeroMakesAnItemMissingAtOnce() {
        assertThat(threeRuns(0)).containsExactly(Outcome.MISSING_AT_BANK);
    }

    @ParameterizedTest(name = "W={0}, item age {1} days -> {2}")
    @CsvSource({"0,0,MISSING_AT_BANK", "1,0,PENDING", "1,1,MISSING_AT_BANK", "2,0,PENDING", "2,1,PENDING",
            "2,2,MISSING_AT_BANK", "2,5,MISSING_AT_BANK"})
    void boundary(int windowDays, int ageDays, Outcome expected) {
        BusinessDate d = DEC30.plusDays(ageDays);
        TerminalTxn item = Txns.terminal(1).date(DEC30).build();
        List<TerminalTxn> ofD = ageDays == 0 ? List.of(item) : List.of();
        List<TerminalTxn> pending = ageDays == 0 ? List.of() : List.of(item);

        Decision decision = terminal(new Reconciler(windowDays, TerminalValidator.ACCEPT_ALL, History.NONE)
                .reconcile(d, ofD, pending, List.of()), 1);

        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(decision.reason())
                .isEqualTo(expected == Outcome.PENDING ? Reason.AWAITING_BANK : Reason.NOT_CLEARED_IN_WINDOW);
    }

    @Test
    void missingAtBankSaysWhichItemAndWhichWindow() {
        TerminalTxn item = Txns.terminal(1).date(DEC30).build();

        Decision decision = terminal(Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, History.NONE)
                .reconcile(BusinessDate.of(2027, 1, 1), List.of(), List.of(item), List.of()), 1);

        assertThat(decision.sentence()).isEqualTo(
                "RRN R00000000001 of terminal T0000001, 10.00 of 2026-12-30: not cleared by the bank within 2 days");
    }

    @Test
    void negativeWindowIsRefused() {
        assertThatThrownBy(() -> new Reconciler(-1, TerminalValidator.ACCEPT_ALL, History.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("carryWindowDays must be 0 or more, got -1");
    }
}
