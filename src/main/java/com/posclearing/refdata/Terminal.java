package com.posclearing.refdata;

import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import java.util.Objects;

/** One row of {@code terminals.csv}: the terminal and the merchant it belongs to. */
public record Terminal(TerminalId id, MerchantId merchantId, TerminalStatus status) {
    public Terminal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(status, "status");
    }
}
