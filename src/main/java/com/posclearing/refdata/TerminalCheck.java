package com.posclearing.refdata;

import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a terminal transaction's terminal and merchant against reference data (SPEC 2.4, 3.1). The order of the
 * checks decides the reason when several apply: unknown terminal, unknown merchant, terminal of another merchant,
 * closed merchant. Terminal status is not checked (see {@link TerminalStatus}); a FROZEN merchant is not rejected.
 */
public final class TerminalCheck {
    private final ReferenceData refData;

    public TerminalCheck(ReferenceData refData) {
        this.refData = Objects.requireNonNull(refData, "refData");
    }

    /** Empty when the transaction may be reconciled, else why it is REJECTED. */
    public Optional<TerminalRejection> check(TerminalTxn txn) {
        return check(txn.terminalId(), txn.merchantId());
    }

    /** Empty when a transaction of this terminal and merchant may be reconciled, else why it is REJECTED. */
    public Optional<TerminalRejection> check(TerminalId terminalId, MerchantId merchantId) {
        Optional<Terminal> terminal = refData.terminal(terminalId);
        if (terminal.isEmpty()) {
            return Optional.of(TerminalRejection.UNKNOWN_TERMINAL);
        }
        Optional<Merchant> merchant = refData.merchant(merchantId);
        if (merchant.isEmpty()) {
            return Optional.of(TerminalRejection.UNKNOWN_MERCHANT);
        }
        if (!terminal.get().merchantId().equals(merchantId)) {
            return Optional.of(TerminalRejection.TERMINAL_OF_OTHER_MERCHANT);
        }
        if (merchant.get().status() == MerchantStatus.CLOSED) {
            return Optional.of(TerminalRejection.MERCHANT_CLOSED);
        }
        return Optional.empty();
    }
}
