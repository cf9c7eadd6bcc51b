package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static com.posclearing.reconcile.Txns.bankFor;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One business day holding every outcome: the per-side counts and amounts the run summary reports. */
class DayScenarioTest {

    @Test
    void everyOutcomeIsCountedWithItsAmountOnEachSide() {
        TerminalTxn late = Txns.terminal(1).date(2026, 12, 30).amount(1500).build();
        TerminalTxn stillPending = Txns.terminal(2).date(2026, 12, 30).amount(700).build();
        TerminalTxn overdue = Txns.terminal(3).date(2026, 12, 29).amount(800).build();
        TerminalTxn matched = Txns.terminal(10).amount(1000).build();
        TerminalTxn amountOff = Txns.terminal(11).amount(2000).build();
        TerminalTxn cardOff = Txns.terminal(12).amount(3000).build();
        TerminalTxn voidedSale = Txns.terminal(13).amount(400).build();
        TerminalTxn voidTxn = Txns.terminal(14).amount(400).voids("000013", null).build();
        TerminalTxn voidAlone = Txns.terminal(15).amount(600).voids("000077", null).build();
        TerminalTxn unknownTerminal = Txns.terminal(16).terminal("T0000009").amount(900).build();
        TerminalTxn resent = Txns.terminal(17).rrn("R00000000010").amount(1000).build();
        TerminalTxn notCleared = Txns.terminal(18).amount(5000).build();
        TerminalTxn byFallback = Txns.terminal(19).amount(1200).build();
        List<BankTxn> bank = List.of(
                bankFor(101, late, D).build(),
                bankFor(110, matched, D).build(),
                bankFor(111, amountOff, D).amount(1999).build(),
                bankFor(112, cardOff, D).card("622848******0000").build(),
                bankFor(113, voidedSale, D).cancelled().build(),
                bankFor(114, voidTxn, D).voidRow("000013").build(),
                bankFor(116, unknownTerminal, D).build(),
                bankFor(120, matched, D).build(),
                Txns.bank(121).amount(300).reversed().build(),
                Txns.bank(122).amount(2500).build(),
                bankFor(119, byFallback, D).rrn("X00000000119").build());
        TerminalValidator validator = t -> t.terminalId().value().equals("T0000009")
                ? Optional.of(Reason.UNKNOWN_TERMINAL) : Optional.empty();

        ReconcileResult result = new Reconciler(2, validator, History.NONE).reconcile(D,
                List.of(matched, amountOff, cardOff, voidedSale, voidTxn, voidAlone, unknownTerminal, resent,
                        notCleared, byFallback),
                List.of(late, stillPending, overdue), bank);

        assertThat(result.input(Side.TERMINAL)).isEqualTo(new Tally(13, 18500));
        assertThat(result.outcomes(Side.TERMINAL)).containsExactly(
                entry(Outcome.MATCHED, new Tally(2, 2200)),
                entry(Outcome.MATCHED_LATE, new Tally(1, 1500)),
                entry(Outcome.AMOUNT_MISMATCH, new Tally(1, 2000)),
                entry(Outcome.DATA_MISMATCH, new Tally(1, 3000)),
                entry(Outcome.PENDING, new Tally(2, 5700)),
                entry(Outcome.MISSING_AT_BANK, new Tally(1, 800)),
                entry(Outcome.DUPLICATE, new Tally(1, 1000)),
                entry(Outcome.VOIDED, new Tally(2, 800)),
                entry(Outcome.REJECTED, new Tally(2, 1500)));
        assertThat(result.input(Side.BANK)).isEqualTo(new Tally(11, 14199));
        assertThat(result.outcomes(Side.BANK)).containsExactly(
                entry(Outcome.MATCHED, new Tally(2, 2200)),
                entry(Outcome.MATCHED_LATE, new Tally(1, 1500)),
                entry(Outcome.AMOUNT_MISMATCH, new Tally(1, 1999)),
                entry(Outcome.DATA_MISMATCH, new Tally(1, 3000)),
                entry(Outcome.MISSING_AT_TERMINAL, new Tally(1, 2500)),
                entry(Outcome.DUPLICATE, new Tally(1, 1000)),
                entry(Outcome.VOIDED, new Tally(2, 800)),
                entry(Outcome.REVERSED, new Tally(1, 300)),
                entry(Outcome.REJECTED, new Tally(1, 900)));
        assertThat(result.breaks()).extracting(d -> d.side() + " " + d.recordId()).containsExactly(
                "TERMINAL 3", "TERMINAL 11", "TERMINAL 12", "TERMINAL 15", "TERMINAL 16", "TERMINAL 17",
                "BANK 111", "BANK 112", "BANK 116", "BANK 120", "BANK 122");
    }
}
