package com.posclearing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import java.util.List;

/** Test helpers to run the reconciler and find a record's decision. */
final class Results {
    static final BusinessDate D = BusinessDate.of(2026, 12, 31);

    private Results() {
    }

    static ReconcileResult run(List<TerminalTxn> ofD, List<TerminalTxn> pending, List<BankTxn> bank) {
        return Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, History.NONE).reconcile(D, ofD, pending, bank);
    }

    static ReconcileResult run(List<TerminalTxn> ofD, List<BankTxn> bank) {
        return run(ofD, List.of(), bank);
    }

    /** The one decision of a record; fails when there is none or more than one. */
    static Decision of(ReconcileResult result, Side side, long recordId) {
        List<Decision> found = result.decisions().stream()
                .filter(d -> d.side() == side && d.recordId() == recordId).toList();
        assertThat(found).as("decisions of %s record %d", side, recordId).hasSize(1);
        return found.get(0);
    }

    static Decision terminal(ReconcileResult result, long recordId) {
        return of(result, Side.TERMINAL, recordId);
    }

    static Decision bank(ReconcileResult result, long recordId) {
        return of(result, Side.BANK, recordId);
    }
}
