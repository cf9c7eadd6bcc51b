package com.posclearing.reconcile.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.Yuan;
import com.posclearing.reconcile.MatchedBy;
import com.posclearing.reconcile.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule d: one-to-one matching of the open records. All primary-key pairs are made before any fallback pair, so a
 * fallback match never takes a bank record that an RRN names.
 */
final class Matcher {
    private final Ledger ledger;

    Matcher(Ledger ledger) {
        this.ledger = ledger;
    }

    void match(Map<Key, Integer> bankByPrimary) {
        for (int i = 0; i < ledger.terminalCount(); i++) {
            if (!ledger.terminalOpen(i)) {
                continue;
            }
            TerminalTxn t = ledger.terminal(i);
            Integer j = bankByPrimary.get(Key.primary(t.terminalId(), t.rrn()));
            if (j != null && ledger.bankOpen(j)) {
                pair(i, j, MatchedBy.PRIMARY);
            }
        }
        matchByFallback();
    }

    private void matchByFallback() {
        // Open bank records by fallback key; records sharing a key are chained in input order through next[].
        Map<Key, Integer> head = new HashMap<>();
        int[] next = new int[ledger.bankCount()];
        Arrays.fill(next, -1);
        for (int j = ledger.bankCount() - 1; j >= 0; j--) {
            BankTxn b = ledger.bank(j);
            if (ledger.bankOpen(j) && b.transmissionTime() != null) {
                Integer previous = head.put(Key.fallback(b.terminalId(), b.stan(), b.transmissionTime()), j);
                next[j] = previous == null ? -1 : previous;
            }
        }
        if (head.isEmpty()) {
            return;
        }
        for (int i = 0; i < ledger.terminalCount(); i++) {
            TerminalTxn t = ledger.terminal(i);
            if (!ledger.terminalOpen(i) || t.txnTime() == null) {
                continue;
            }
            Integer first = head.get(Key.fallback(t.terminalId(), t.stan(), t.txnTime()));
            for (int j = first == null ? -1 : first; j >= 0; j = next[j]) {
                if (ledger.bankOpen(j)) {
                    pair(i, j, MatchedBy.FALLBACK);
                    break;
                }
            }
        }
    }

    /** Amount first (it wins when data differs too), then merchant, card, direction; else matched. */
    private void pair(int i, int j, MatchedBy by) {
        TerminalTxn t = ledger.terminal(i);
        BankTxn b = ledger.bank(j);
        List<String> dataDiffers = new ArrayList<>(0);
        Reason dataReason = null;
        if (!t.merchantId().equals(b.merchantId())) {
            dataDiffers.add("merchant " + t.merchantId() + " at terminal, " + b.merchantId() + " at bank");
            dataReason = Reason.MERCHANT_DIFFERS;
        }
        if (!t.cardNo().last4().equals(b.cardNo().last4())) {
            dataDiffers.add("card ending " + t.cardNo().last4() + " at terminal, " + b.cardNo().last4() + " at bank");
            dataReason = dataReason == null ? Reason.CARD_DIFFERS : dataReason;
        }
        if (t.txnType().isDebitToCardholder() != b.txnType().isDebitToCardholder()) {
            dataDiffers.add(t.txnType() + " at terminal, " + b.txnType() + " at bank");
            dataReason = dataReason == null ? Reason.TYPE_DIFFERS : dataReason;
        }
        String about = " (terminal " + t.terminalId() + ", RRN " + t.rrn() + ")";
        if (t.amountFen() != b.amountFen()) {
            String sentence = "amount " + Yuan.format(t.amountFen()) + " at terminal, " + Yuan.format(b.amountFen())
                    + " at bank" + (dataDiffers.isEmpty() ? "" : "; " + String.join("; ", dataDiffers)) + about;
            decidePair(i, j, Outcome.AMOUNT_MISMATCH, Reason.AMOUNT_DIFFERS, sentence, by);
        } else if (dataReason != null) {
            decidePair(i, j, Outcome.DATA_MISMATCH, dataReason, String.join("; ", dataDiffers) + about, by);
        } else if (t.businessDate().equals(ledger.date)) {
            decidePair(i, j, Outcome.MATCHED, Reason.AGREES, Reason.AGREES.text(), by);
        } else {
            decidePair(i, j, Outcome.MATCHED_LATE, Reason.CLEARED_LATE, Reason.CLEARED_LATE.text(), by);
        }
    }

    private void decidePair(int i, int j, Outcome outcome, Reason reason, String sentence, MatchedBy by) {
        TerminalTxn t = ledger.terminal(i);
        BankTxn b = ledger.bank(j);
        ledger.decideTerminal(i, outcome, reason, sentence, b.id(), by);
        ledger.decideBank(j, outcome, reason, sentence, t.id(), by, t.businessDate());
    }
}
