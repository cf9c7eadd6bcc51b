package com.posclearing.reconcile.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.kernel.Yuan;
import com.posclearing.reconcile.MatchedBy;
import com.posclearing.reconcile.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rule a: records that moved no money — void pairs, reversed and cancelled bank rows — and voids without a sale. */
final class SetAside {
    private SetAside() {
    }

    /**
     * The sale a void names. A batch lies within one file, so the sale is of the void's business date. Voids are
     * few: they are indexed, and each sale looks itself up.
     */
    private record SaleRef(MerchantId merchantId, TerminalId terminalId, String batchNo, Stan stan, BusinessDate date) {
    }

    static void terminal(Ledger ledger) {
        Map<SaleRef, List<Integer>> voidsBySale = new HashMap<>();
        for (int i = 0; i < ledger.terminalCount(); i++) {
            TerminalTxn v = ledger.terminal(i);
            if (v.txnType() != TxnType.VOID) {
                continue;
            }
            if (v.origStan() == null) {
                ledger.decideTerminal(i, Outcome.REJECTED, Reason.VOID_WITHOUT_SALE, "void names no original STAN"
                        + " (terminal " + v.terminalId() + ", RRN " + v.rrn() + ")", 0, MatchedBy.NONE);
                continue;
            }
            SaleRef ref = new SaleRef(v.merchantId(), v.terminalId(), v.batchNo(), v.origStan(), v.businessDate());
            voidsBySale.computeIfAbsent(ref, k -> new ArrayList<>(1)).add(i);
        }
        if (voidsBySale.isEmpty()) {
            return;
        }
        Set<Integer> amountConflicts = new HashSet<>();
        for (int i = 0; i < ledger.terminalCount(); i++) {
            TerminalTxn sale = ledger.terminal(i);
            if (sale.txnType() != TxnType.SALE || !ledger.terminalOpen(i)) {
                continue;
            }
            List<Integer> voids = voidsBySale.get(new SaleRef(sale.merchantId(), sale.terminalId(), sale.batchNo(),
                    sale.stan(), sale.businessDate()));
            if (voids == null) {
                continue;
            }
            for (int v : voids) {
                TerminalTxn voidTxn = ledger.terminal(v);
                if (!ledger.terminalOpen(v) || (voidTxn.origRrn() != null && !voidTxn.origRrn().equals(sale.rrn()))) {
                    continue;
                }
                if (voidTxn.amountFen() != sale.amountFen()) {
                    amountConflicts.add(v);
                    continue;
                }
                String text = Reason.VOID_PAIR.text();
                ledger.decideTerminal(i, Outcome.VOIDED, Reason.VOID_PAIR, text, voidTxn.id(), MatchedBy.NONE);
                ledger.decideTerminal(v, Outcome.VOIDED, Reason.VOID_PAIR, text, sale.id(), MatchedBy.NONE);
                break;
            }
        }
        for (List<Integer> voids : voidsBySale.values()) {
            for (int v : voids) {
                if (ledger.terminalOpen(v)) {
                    rejectVoid(ledger, v, amountConflicts.contains(v));
                }
            }
        }
    }

    private static void rejectVoid(Ledger ledger, int v, boolean amountConflict) {
        TerminalTxn t = ledger.terminal(v);
        String names = "terminal " + t.terminalId() + ", batch " + t.batchNo() + ", original STAN " + t.origStan()
                + (t.origRrn() == null ? "" : ", original RRN " + t.origRrn());
        if (amountConflict) {
            ledger.decideTerminal(v, Outcome.REJECTED, Reason.VOID_AMOUNT_DIFFERS, "void of "
                    + Yuan.format(t.amountFen()) + " differs from the amount of the sale it names (" + names + ")", 0,
                    MatchedBy.NONE);
        } else {
            ledger.decideTerminal(v, Outcome.REJECTED, Reason.VOID_WITHOUT_SALE,
                    "void without a matching sale in its batch (" + names + ")", 0, MatchedBy.NONE);
        }
    }

    /** Reversed rows, cancelled sales and void rows; a void row is paired with its cancelled sale when one is there. */
    static void bank(Ledger ledger) {
        Map<Key, Integer> cancelledByStan = new HashMap<>();
        List<Integer> voidRows = new ArrayList<>();
        for (int j = 0; j < ledger.bankCount(); j++) {
            BankTxn b = ledger.bank(j);
            if (b.reversed()) {
                continue;
            }
            if (b.cancelled()) {
                cancelledByStan.putIfAbsent(Key.terminalStan(b.terminalId(), b.stan()), j);
            } else if (b.txnType() == TxnType.VOID) {
                voidRows.add(j);
            }
        }
        Map<Integer, Integer> counterpartOf = new HashMap<>();
        for (int v : voidRows) {
            BankTxn row = ledger.bank(v);
            Integer sale = row.origStan() == null ? null
                    : cancelledByStan.remove(Key.terminalStan(row.terminalId(), row.origStan()));
            if (sale != null) {
                counterpartOf.put(v, sale);
                counterpartOf.put(sale, v);
            }
        }
        for (int j = 0; j < ledger.bankCount(); j++) {
            BankTxn b = ledger.bank(j);
            Integer other = counterpartOf.get(j);
            long counterpartId = other == null ? 0 : ledger.bank(other).id();
            if (b.reversed()) {
                setAside(ledger, j, Outcome.REVERSED, Reason.REVERSAL_FLAG, 0);
            } else if (b.cancelled()) {
                setAside(ledger, j, Outcome.VOIDED, Reason.CANCEL_FLAG, counterpartId);
            } else if (b.txnType() == TxnType.VOID) {
                setAside(ledger, j, Outcome.VOIDED, Reason.VOID_ROW, counterpartId);
            }
        }
    }

    private static void setAside(Ledger ledger, int j, Outcome outcome, Reason reason, long counterpartId) {
        ledger.decideBank(j, outcome, reason, reason.text(), counterpartId, MatchedBy.NONE, ledger.date);
    }
}
