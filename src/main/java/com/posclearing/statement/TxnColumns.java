package com.posclearing.statement;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.Chars;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.util.Objects;

/** The transaction columns a statement line and a pending item share, checked once for both. */
final class TxnColumns {
    private TxnColumns() {
    }

    static void require(String what, LocalDateTime txnTime, TerminalId terminalId, String batchNo, Stan stan, Rrn rrn,
            MaskedCard cardNo, CardKind cardKind, TxnType txnType) {
        Objects.requireNonNull(txnTime, "txnTime");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(cardNo, "cardNo");
        Objects.requireNonNull(cardKind, "cardKind");
        Objects.requireNonNull(txnType, "txnType");
        if (!Chars.digits(batchNo, 6)) {
            throw new IllegalArgumentException(what + " " + rrn + ": batchNo must be 6 digits");
        }
    }
}
