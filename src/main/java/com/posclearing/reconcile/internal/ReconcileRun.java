package com.posclearing.reconcile.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.Yuan;
import com.posclearing.reconcile.History;
import com.posclearing.reconcile.MatchedBy;
import com.posclearing.reconcile.Reason;
import com.posclearing.reconcile.ReconcileResult;
import com.posclearing.reconcile.TerminalValidator;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reconciliation of business date D: SPEC 3.1 rules a to e in order, each over the records the earlier rules
 * left open. Hash maps on packed keys make it O(n); every key holds the terminal id, so a partition holding all
 * records of its terminals reconciles exactly as the whole.
 */
public final class ReconcileRun {
    private final Ledger ledger;
    private final int carryWindowDays;
    private final TerminalValidator validator;
    private final History history;

    public ReconcileRun(BusinessDate date, int carryWindowDays, TerminalValidator validator, History history,
            List<TerminalTxn> ofDate, List<TerminalTxn> pending, List<BankTxn> bank) {
        this.ledger = new Ledger(date, pending, ofDate, bank);
        this.carryWindowDays = carryWindowDays;
        this.validator = validator;
        this.history = history;
    }

    public ReconcileResult run() {
        SetAside.terminal(ledger);
        SetAside.bank(ledger);
        validate();
        Map<Key, Integer> bankByPrimary = removeDuplicates();
        new Matcher(ledger).match(bankByPrimary);
        closeUnmatched();
        return ledger.result();
    }

    /** Rule b: reference data rejects terminal records; a bank record matching one by either key goes with it. */
    private void validate() {
        Map<Key, Integer> rejectedByPrimary = new HashMap<>();
        Map<Key, Integer> rejectedByFallback = new HashMap<>();
        for (int i = 0; i < ledger.terminalCount(); i++) {
            if (!ledger.terminalOpen(i)) {
                continue;
            }
            TerminalTxn t = ledger.terminal(i);
            Optional<Reason> failure = validator.check(t);
            if (failure.isEmpty()) {
                continue;
            }
            Reason reason = failure.get();
            if (!reason.isValidationFailure()) {
                throw new IllegalStateException("terminal validator answered " + reason + ", not a validation failure");
            }
            ledger.decideTerminal(i, Outcome.REJECTED, reason, reason.text() + " (merchant " + t.merchantId()
                    + ", terminal " + t.terminalId() + ")", 0, MatchedBy.NONE);
            rejectedByPrimary.putIfAbsent(Key.primary(t.terminalId(), t.rrn()), i);
            if (t.txnTime() != null) {
                rejectedByFallback.putIfAbsent(Key.fallback(t.terminalId(), t.stan(), t.txnTime()), i);
            }
        }
        if (rejectedByPrimary.isEmpty()) {
            return;
        }
        for (int j = 0; j < ledger.bankCount(); j++) {
            if (!ledger.bankOpen(j)) {
                continue;
            }
            BankTxn b = ledger.bank(j);
            Integer i = b.rrn() == null ? null : rejectedByPrimary.get(Key.primary(b.terminalId(), b.rrn()));
            if (i == null && b.transmissionTime() != null) {
                i = rejectedByFallback.get(Key.fallback(b.terminalId(), b.stan(), b.transmissionTime()));
            }
            if (i != null) {
                TerminalTxn t = ledger.terminal(i);
                ledger.decideBank(j, Outcome.REJECTED, Reason.MATCHES_REJECTED_TERMINAL, "matches terminal record "
                        + t.id() + ", rejected: " + ledger.terminalDecision(i).reason().text(), t.id(), MatchedBy.NONE,
                        t.businessDate());
            }
        }
    }

    /**
     * Rule c: the first open record of a primary key proceeds, later ones are duplicates; so is a record whose key
     * an earlier date already holds. Returns the open bank records by primary key for matching.
     */
    private Map<Key, Integer> removeDuplicates() {
        Map<Key, Integer> firstTerminal = new HashMap<>();
        for (int i = 0; i < ledger.terminalCount(); i++) {
            if (!ledger.terminalOpen(i)) {
                continue;
            }
            TerminalTxn t = ledger.terminal(i);
            Integer first = firstTerminal.putIfAbsent(Key.primary(t.terminalId(), t.rrn()), i);
            if (first != null) {
                long firstId = ledger.terminal(first).id();
                ledger.decideTerminal(i, Outcome.DUPLICATE, Reason.DUPLICATE_KEY, "RRN " + t.rrn() + " of terminal "
                        + t.terminalId() + " already seen in this run (record " + firstId + ")", firstId,
                        MatchedBy.NONE);
            } else if (!ledger.isPendingItem(i) && history.terminalKeySettledBefore(t.terminalId(), t.rrn())) {
                ledger.decideTerminal(i, Outcome.DUPLICATE, Reason.DUPLICATE_OF_EARLIER_DATE, "RRN " + t.rrn()
                        + " of terminal " + t.terminalId() + " already loaded on an earlier date", 0, MatchedBy.NONE);
            }
        }
        Map<Key, Integer> firstBank = new HashMap<>();
        Map<Key, Integer> firstWithoutRrn = new HashMap<>();
        for (int j = 0; j < ledger.bankCount(); j++) {
            if (!ledger.bankOpen(j)) {
                continue;
            }
            BankTxn b = ledger.bank(j);
            if (b.rrn() == null) {
                duplicateWithoutRrn(j, firstWithoutRrn);
                continue;
            }
            Integer first = firstBank.putIfAbsent(Key.primary(b.terminalId(), b.rrn()), j);
            if (first != null) {
                long firstId = ledger.bank(first).id();
                ledger.decideBank(j, Outcome.DUPLICATE, Reason.DUPLICATE_KEY, "RRN " + b.rrn() + " of terminal "
                        + b.terminalId() + " already seen in this file (record " + firstId + ")", firstId,
                        MatchedBy.NONE, ledger.date);
            } else if (history.bankKeySeenBefore(b.terminalId(), b.rrn())) {
                ledger.decideBank(j, Outcome.DUPLICATE, Reason.DUPLICATE_OF_EARLIER_DATE, "RRN " + b.rrn()
                        + " of terminal " + b.terminalId() + " already in an earlier clearing file", 0, MatchedBy.NONE,
                        ledger.date);
            }
        }
        return firstBank;
    }

    /**
     * A bank row of a layout without RRN (UnionPay's ZM) is keyed by terminal, STAN and time: a second row with that
     * key in this run is a duplicate. It stays out of the primary-key map, so it can only match by the fallback key.
     */
    private void duplicateWithoutRrn(int j, Map<Key, Integer> firstWithoutRrn) {
        BankTxn b = ledger.bank(j);
        Integer first = firstWithoutRrn.putIfAbsent(Key.fallback(b.terminalId(), b.stan(), b.transmissionTime()), j);
        if (first != null) {
            long firstId = ledger.bank(first).id();
            ledger.decideBank(j, Outcome.DUPLICATE, Reason.DUPLICATE_KEY, "STAN " + b.stan() + " at "
                    + b.transmissionTime() + " of terminal " + b.terminalId() + " already seen in this run (record "
                    + firstId + ")", firstId, MatchedBy.NONE, ledger.date);
        }
    }

    /** Rule e: what found no counterpart. */
    private void closeUnmatched() {
        for (int i = 0; i < ledger.terminalCount(); i++) {
            if (!ledger.terminalOpen(i)) {
                continue;
            }
            TerminalTxn t = ledger.terminal(i);
            long ageDays = ChronoUnit.DAYS.between(t.businessDate().value(), ledger.date.value());
            if (ageDays < carryWindowDays) {
                ledger.decideTerminal(i, Outcome.PENDING, Reason.AWAITING_BANK, Reason.AWAITING_BANK.text(), 0,
                        MatchedBy.NONE);
            } else {
                ledger.decideTerminal(i, Outcome.MISSING_AT_BANK, Reason.NOT_CLEARED_IN_WINDOW, "RRN " + t.rrn()
                        + " of terminal " + t.terminalId() + ", " + Yuan.format(t.amountFen()) + " of "
                        + t.businessDate() + ": not cleared by the bank within " + carryWindowDays + " days", 0,
                        MatchedBy.NONE);
            }
        }
        for (int j = 0; j < ledger.bankCount(); j++) {
            if (ledger.bankOpen(j)) {
                BankTxn b = ledger.bank(j);
                ledger.decideBank(j, Outcome.MISSING_AT_TERMINAL, Reason.NOT_ON_TERMINAL, (b.rrn() == null
                        ? "STAN " + b.stan() : "RRN " + b.rrn()) + " of terminal " + b.terminalId() + ", " + Yuan.format(b.amountFen())
                        + ": no terminal record or pending item", 0, MatchedBy.NONE, ledger.date);
            }
        }
    }
}
