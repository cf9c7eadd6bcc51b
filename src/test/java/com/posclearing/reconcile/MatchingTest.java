package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static com.posclearing.reconcile.Results.bank;
import static com.posclearing.reconcile.Results.run;
import static com.posclearing.reconcile.Results.terminal;
import static com.posclearing.reconcile.Txns.bankFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule d: one-to-one matching on the primary, then the fallback key, and what a pair must agree on. */
class MatchingTest {
    private final TerminalTxn sale = Txns.terminal(1).amount(1000).build();

    @Test
    void pairOnRrnAndTerminalIsMatchedOnBothSides() {
        ReconcileResult result = run(List.of(sale), List.of(bankFor(11, sale, D).build()));

        assertThat(terminal(result, 1)).isEqualTo(new Decision(Side.TERMINAL, 1, Outcome.MATCHED, Reason.AGREES,
                "both sides agree", 11, MatchedBy.PRIMARY, 1000, D));
        assertThat(bank(result, 11)).isEqualTo(new Decision(Side.BANK, 11, Outcome.MATCHED, Reason.AGREES,
                "both sides agree", 1, MatchedBy.PRIMARY, 1000, D));
    }

    @Test
    void differentRrnFallsBackToTerminalStanAndTransmissionTime() {
        BankTxn row = bankFor(11, sale, D).rrn("XX0000000001").build();

        ReconcileResult result = run(List.of(sale), List.of(row));

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::matchedBy, Decision::counterpartId)
                .containsExactly(Outcome.MATCHED, MatchedBy.FALLBACK, 11L);
        assertThat(bank(result, 11).matchedBy()).isEqualTo(MatchedBy.FALLBACK);
    }

    @Test
    void fallbackNeedsTheSameSecond() {
        BankTxn row = bankFor(11, sale, D).rrn("XX0000000001").time(sale.txnTime().plusSeconds(1)).build();

        ReconcileResult result = run(List.of(sale), List.of(row));

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason, Decision::sentence)
                .containsExactly(Outcome.MISSING_AT_TERMINAL, Reason.NOT_ON_TERMINAL,
                        "RRN XX0000000001 of terminal T0000001, 10.00: no terminal record or pending item");
    }

    @Test
    void primaryPairsAreMadeBeforeAnyFallbackPair() {
        // Record 2 comes first and shares STAN and time with record 1, but the bank row's RRN names record 1.
        TerminalTxn lookalike = Txns.terminal(2).stan("000001").build();
        BankTxn row = bankFor(11, sale, D).build();

        ReconcileResult result = run(List.of(lookalike, sale), List.of(row));

        assertThat(terminal(result, 1).matchedBy()).isEqualTo(MatchedBy.PRIMARY);
        assertThat(terminal(result, 2).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void amountDifferenceIsAnAmountMismatchOnBothSides() {
        ReconcileResult result = run(List.of(sale), List.of(bankFor(11, sale, D).amount(999).build()));

        String sentence = "amount 10.00 at terminal, 9.99 at bank (terminal T0000001, RRN R00000000001)";
        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason, Decision::sentence,
                Decision::amountFen).containsExactly(Outcome.AMOUNT_MISMATCH, Reason.AMOUNT_DIFFERS, sentence, 1000L);
        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::amountFen)
                .containsExactly(Outcome.AMOUNT_MISMATCH, 999L);
        assertThat(result.tally(Side.TERMINAL, Outcome.AMOUNT_MISMATCH)).isEqualTo(new Tally(1, 1000));
        assertThat(result.tally(Side.BANK, Outcome.AMOUNT_MISMATCH)).isEqualTo(new Tally(1, 999));
    }

    @Test
    void amountAndDataBothDifferingIsAnAmountMismatch() {
        BankTxn row = bankFor(11, sale, D).amount(1200).merchant("102100000000009").build();

        ReconcileResult result = run(List.of(sale), List.of(row));

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason, Decision::sentence)
                .containsExactly(Outcome.AMOUNT_MISMATCH, Reason.AMOUNT_DIFFERS, "amount 10.00 at terminal, 12.00 at bank;"
                        + " merchant 102100000000001 at terminal, 102100000000009 at bank (terminal T0000001, RRN R00000000001)");
        assertThat(bank(result, 11).outcome()).isEqualTo(Outcome.AMOUNT_MISMATCH);
    }

    @Test
    void merchantDifferenceIsADataMismatch() {
        ReconcileResult result = run(List.of(sale), List.of(bankFor(11, sale, D).merchant("102100000000009").build()));

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.DATA_MISMATCH, Reason.MERCHANT_DIFFERS);
        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.DATA_MISMATCH, Reason.MERCHANT_DIFFERS);
    }

    @Test
    void cardLast4DifferenceIsADataMismatch() {
        ReconcileResult result = run(List.of(sale), List.of(bankFor(11, sale, D).card("622848******9876").build()));

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason, Decision::sentence)
                .containsExactly(Outcome.DATA_MISMATCH, Reason.CARD_DIFFERS,
                        "card ending 1234 at terminal, 9876 at bank (terminal T0000001, RRN R00000000001)");
    }

    @Test
    void sameLast4WithOtherBinIsNoMismatch() {
        ReconcileResult result = run(List.of(sale), List.of(bankFor(11, sale, D).card("400000******1234").build()));

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.MATCHED);
    }

    @Test
    void refundAgainstASaleRowIsADataMismatch() {
        TerminalTxn refund = Txns.terminal(1).type(TxnType.REFUND).build();
        BankTxn saleRow = bankFor(11, refund, D).refund(false).build();

        ReconcileResult result = run(List.of(refund), List.of(saleRow));

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.DATA_MISMATCH, Reason.TYPE_DIFFERS);
    }

    @Test
    void refundMatchesARefundRowAndPreauthCompletionASaleRow() {
        TerminalTxn refund = Txns.terminal(1).type(TxnType.REFUND).build();
        TerminalTxn completion = Txns.terminal(2).type(TxnType.PREAUTH_COMPLETE).build();

        ReconcileResult result = run(List.of(refund, completion),
                List.of(bankFor(11, refund, D).build(), bankFor(12, completion, D).build()));

        assertThat(result.outcomes(Side.TERMINAL)).containsExactly(Map.entry(Outcome.MATCHED, new Tally(2, 2000)));
        assertThat(result.outcomes(Side.BANK)).containsExactly(Map.entry(Outcome.MATCHED, new Tally(2, 2000)));
    }

    @Test
    void lateTerminalItemOf2330IsMatchedLateInTheNextClearingDay() {
        // 23:30 on Dec 30 is in the UnionPay clearing day of Dec 31 (23:00 to 23:00).
        BusinessDate dec30 = BusinessDate.of(2026, 12, 30);
        TerminalTxn late = Txns.terminal(1).date(dec30).time(LocalDateTime.of(2026, 12, 30, 23, 30, 0)).build();
        Reconciler reconciler = Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, History.NONE);

        Decision onDec30 = terminal(reconciler.reconcile(dec30, List.of(late), List.of(), List.of()), 1);
        ReconcileResult onDec31 = reconciler.reconcile(D, List.of(), List.of(late), List.of(bankFor(11, late, D).build()));

        assertThat(onDec30.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(terminal(onDec31, 1)).extracting(Decision::outcome, Decision::reason, Decision::originDate)
                .containsExactly(Outcome.MATCHED_LATE, Reason.CLEARED_LATE, dec30);
        assertThat(bank(onDec31, 11)).extracting(Decision::outcome, Decision::originDate, Decision::counterpartId)
                .containsExactly(Outcome.MATCHED_LATE, dec30, 1L);
    }

    @Test
    void aBankRowMatchesOneTerminalRecordOnly() {
        // Same terminal, STAN and second, different RRNs: the one bank row takes the first by fallback.
        TerminalTxn twin = Txns.terminal(2).stan("000001").build();
        BankTxn row = bankFor(11, sale, D).rrn("XX0000000001").build();

        ReconcileResult result = run(List.of(sale, twin), List.of(row));

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(terminal(result, 2).outcome()).isEqualTo(Outcome.PENDING);
    }
}
