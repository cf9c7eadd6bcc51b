package com.posclearing.reconcile.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.reconcile.Decision;
import com.posclearing.reconcile.MatchedBy;
import com.posclearing.reconcile.Reason;
import com.posclearing.reconcile.ReconcileResult;
import com.posclearing.reconcile.Tally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one run, addressed by index (terminal side: pending items first, then D's), and the decision of
 * each. A record is decided once; deciding it twice is a bug and throws.
 */
final class Ledger {
    final BusinessDate date;
    private final List<TerminalTxn> pending;
    private final List<TerminalTxn> ofDate;
    private final List<BankTxn> bank;
    private final Decision[] terminalDecisions;
    private final Decision[] bankDecisions;

    Ledger(BusinessDate date, List<TerminalTxn> pending, List<TerminalTxn> ofDate, List<BankTxn> bank) {
        this.date = date;
        this.pending = pending;
        this.ofDate = ofDate;
        this.bank = bank;
        this.terminalDecisions = new Decision[pending.size() + ofDate.size()];
        this.bankDecisions = new Decision[bank.size()];
    }

    int terminalCount() {
        return terminalDecisions.length;
    }

    TerminalTxn terminal(int i) {
        return i < pending.size() ? pending.get(i) : ofDate.get(i - pending.size());
    }

    boolean isPendingItem(int i) {
        return i < pending.size();
    }

    boolean terminalOpen(int i) {
        return terminalDecisions[i] == null;
    }

    int bankCount() {
        return bankDecisions.length;
    }

    BankTxn bank(int j) {
        return bank.get(j);
    }

    boolean bankOpen(int j) {
        return bankDecisions[j] == null;
    }

    Decision terminalDecision(int i) {
        return terminalDecisions[i];
    }

    void decideTerminal(int i, Outcome outcome, Reason reason, String sentence, long counterpartId, MatchedBy by) {
        TerminalTxn t = terminal(i);
        if (terminalDecisions[i] != null) {
            throw new IllegalStateException("terminal record " + t.id() + " (" + t.fileName() + " line " + t.lineNo()
                    + ") decided twice: " + terminalDecisions[i].outcome() + " and " + outcome);
        }
        terminalDecisions[i] = new Decision(Side.TERMINAL, t.id(), outcome, reason, sentence, counterpartId, by,
                t.amountFen(), t.businessDate());
    }

    void decideBank(int j, Outcome outcome, Reason reason, String sentence, long counterpartId, MatchedBy by,
            BusinessDate originDate) {
        BankTxn b = bank(j);
        if (bankDecisions[j] != null) {
            throw new IllegalStateException("bank record " + b.id() + " (" + b.fileName() + " line " + b.lineNo()
                    + ") decided twice: " + bankDecisions[j].outcome() + " and " + outcome);
        }
        bankDecisions[j] = new Decision(Side.BANK, b.id(), outcome, reason, sentence, counterpartId, by,
                b.amountFen(), originDate);
    }

    /** The result; input totals are summed from the inputs themselves, so the closure check is independent. */
    ReconcileResult result() {
        long terminalFen = 0;
        for (int i = 0; i < terminalCount(); i++) {
            terminalFen = Math.addExact(terminalFen, terminal(i).amountFen());
        }
        long bankFen = 0;
        for (BankTxn b : bank) {
            bankFen = Math.addExact(bankFen, b.amountFen());
        }
        Tally terminalInput = new Tally(terminalCount(), terminalFen);
        Tally bankInput = new Tally(bankCount(), bankFen);
        List<Decision> all = new ArrayList<>(terminalDecisions.length + bankDecisions.length);
        // An undecided record is left out, so ReconcileResult's closure check names the side that lost it.
        Arrays.stream(terminalDecisions).filter(d -> d != null).forEach(all::add);
        Arrays.stream(bankDecisions).filter(d -> d != null).forEach(all::add);
        return new ReconcileResult(date, terminalInput, bankInput, all);
    }
}
