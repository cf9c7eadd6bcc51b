package com.posclearing.kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One {@code D} line of a terminal batch file (layout posp-csv), validated.
 *
 * @param id           database id, 0 before it is stored
 * @param fileName     the file it came from
 * @param lineNo       1-based line in that file
 * @param businessDate the business date of the file
 * @param origStan     for VOID and REFUND: the original STAN, else null
 * @param origRrn      for VOID and REFUND: the original RRN, else null
 * @param origTxnDate  for VOID and REFUND: the original transaction date, else null
 */
public record TerminalTxn(
        long id,
        String fileName,
        long lineNo,
        BusinessDate businessDate,
        MerchantId merchantId,
        TerminalId terminalId,
        String batchNo,
        Stan stan,
        Rrn rrn,
        String authCode,
        TxnType txnType,
        MaskedCard cardNo,
        CardKind cardKind,
        long amountFen,
        LocalDateTime txnTime,
        Stan origStan,
        Rrn origRrn,
        LocalDate origTxnDate) {
    public TerminalTxn {
        if (amountFen <= 0) {
            throw new InvalidValueException("amountFen", "must be positive, got " + amountFen);
        }
        if (!Chars.digits(batchNo, 6)) {
            throw new InvalidValueException("batchNo", "expected 6 digits, got '" + batchNo + "'");
        }
    }

    public TerminalTxn withId(long newId) {
        return new TerminalTxn(newId, fileName, lineNo, businessDate, merchantId, terminalId, batchNo, stan, rrn, authCode,
                txnType, cardNo, cardKind, amountFen, txnTime, origStan, origRrn, origTxnDate);
    }
}
