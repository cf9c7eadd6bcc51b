package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.bank;
import static com.posclearing.reconcile.Results.run;
import static com.posclearing.reconcile.Results.terminal;
import static com.posclearing.reconcile.Txns.bankFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule a: void pairs, void without sale, reversed and cancelled bank rows. */
class SetAsideTest {
    private final TerminalTxn sale = Txns.terminal(1).amount(2500).build();

    @Test
    void voidCancelsTheSaleItNamesByStanAndRrn() {
        TerminalTxn voidTxn = Txns.terminal(2).amount(2500).voids("000001", "R00000000001").build();

        ReconcileResult result = run(List.of(sale, voidTxn), List.of());

        assertThat(terminal(result, 1)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.VOIDED, Reason.VOID_PAIR, 2L);
        assertThat(terminal(result, 2)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.VOIDED, Reason.VOID_PAIR, 1L);
        assertThat(result.tally(Side.TERMINAL, Outcome.VOIDED)).isEqualTo(new Tally(2, 5000));
    }

    @Test
    void voidWithoutOriginalRrnMatchesByStanAlone() {
        TerminalTxn voidTxn = Txns.terminal(2).amount(2500).voids("000001", null).build();

        ReconcileResult result = run(List.of(voidTxn, sale), List.of());

        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.VOIDED);
        assertThat(terminal(result, 2).outcome()).isEqualTo(Outcome.VOIDED);
    }

    @Test
    void voidOfAnotherBatchFindsNoSaleAndIsRejected() {
        TerminalTxn voidTxn = Txns.terminal(2).batch("000002").amount(2500).voids("000001", null).build();

        ReconcileResult result = run(List.of(sale, voidTxn), List.of());

        assertThat(terminal(result, 2)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.REJECTED, Reason.VOID_WITHOUT_SALE, 0L);
        assertThat(terminal(result, 2).sentence())
                .isEqualTo("void without a matching sale in its batch (terminal T0000001, batch 000002, original STAN 000001)");
        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void voidNamingAnotherRrnFindsNoSale() {
        TerminalTxn voidTxn = Txns.terminal(2).amount(2500).voids("000001", "R00000000009").build();

        ReconcileResult result = run(List.of(sale, voidTxn), List.of());

        assertThat(terminal(result, 2).reason()).isEqualTo(Reason.VOID_WITHOUT_SALE);
        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void voidOfAnotherMerchantFindsNoSale() {
        TerminalTxn voidTxn = Txns.terminal(2).merchant("102100000000002").amount(2500).voids("000001", null).build();

        assertThat(terminal(run(List.of(sale, voidTxn), List.of()), 2).reason()).isEqualTo(Reason.VOID_WITHOUT_SALE);
    }

    @Test
    void partialVoidIsRejectedAndTheSaleStaysOpen() {
        TerminalTxn voidTxn = Txns.terminal(2).amount(1000).voids("000001", "R00000000001").build();
        BankTxn saleRow = bankFor(11, sale, Results.D).build();

        ReconcileResult result = run(List.of(sale, voidTxn), List.of(saleRow));

        assertThat(terminal(result, 2)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.REJECTED, Reason.VOID_AMOUNT_DIFFERS);
        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.MATCHED);
    }

    @Test
    void secondVoidOfTheSameSaleIsRejected() {
        TerminalTxn first = Txns.terminal(2).amount(2500).voids("000001", null).build();
        TerminalTxn second = Txns.terminal(3).amount(2500).voids("000001", null).build();

        ReconcileResult result = run(List.of(sale, first, second), List.of());

        assertThat(terminal(result, 2).outcome()).isEqualTo(Outcome.VOIDED);
        assertThat(terminal(result, 3)).extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.REJECTED, Reason.VOID_WITHOUT_SALE);
    }

    @Test
    void reversedBankRowIsSetAsideAndMatchesNothing() {
        BankTxn reversed = bankFor(11, sale, Results.D).reversed().build();

        ReconcileResult result = run(List.of(sale), List.of(reversed));

        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.REVERSED, Reason.REVERSAL_FLAG, 0L);
        assertThat(terminal(result, 1).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(result.tally(Side.BANK, Outcome.REVERSED)).isEqualTo(new Tally(1, 2500));
    }

    @Test
    void reversalFlagWinsOverCancelFlag() {
        BankTxn row = Txns.bank(11).reversed().cancelled().build();

        assertThat(bank(run(List.of(), List.of(row)), 11).outcome()).isEqualTo(Outcome.REVERSED);
    }

    @Test
    void bankVoidPairIsSetAsideTogetherWithTheTerminalPair() {
        TerminalTxn voidTxn = Txns.terminal(2).amount(2500).voids("000001", "R00000000001").build();
        BankTxn cancelledSale = bankFor(11, sale, Results.D).cancelled().build();
        BankTxn voidRow = bankFor(12, voidTxn, Results.D).voidRow("000001").build();

        ReconcileResult result = run(List.of(sale, voidTxn), List.of(cancelledSale, voidRow));

        assertThat(bank(result, 11)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.VOIDED, Reason.CANCEL_FLAG, 12L);
        assertThat(bank(result, 12)).extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.VOIDED, Reason.VOID_ROW, 11L);
        assertThat(result.outcomes(Side.TERMINAL)).containsOnlyKeys(Outcome.VOIDED);
        assertThat(result.outcomes(Side.BANK)).containsExactly(Map.entry(Outcome.VOIDED, new Tally(2, 5000)));
    }

    @Test
    void voidRowWithoutItsCancelledSaleIsStillVoided() {
        BankTxn voidRow = Txns.bank(12).voidRow("000001").build();

        assertThat(bank(run(List.of(), List.of(voidRow)), 12))
                .extracting(Decision::outcome, Decision::reason, Decision::counterpartId)
                .containsExactly(Outcome.VOIDED, Reason.VOID_ROW, 0L);
    }
}
