package com.posclearing.statement;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/** The transaction columns a statement line and a pending item share, checked once for both. */
final class TxnColumns {
    private static final Pattern BATCH_NO = Pattern.compile("\\d{6}");

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
        if (batchNo == null || !BATCH_NO.matcher(batchNo).matches()) {
            throw new IllegalArgumentException(what + " " + rrn + ": batchNo must be 6 digits");
        }
    }
}
