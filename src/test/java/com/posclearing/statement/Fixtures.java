package com.posclearing.statement;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Shared sample values of the statement tests. */
public final class Fixtures {
    public static final String ACQUIRER = "POS Clearing";
    public static final BusinessDate DATE = BusinessDate.of(2026, 11, 23);
    public static final MerchantId MERCHANT = MerchantId.of("898310048160001");
    public static final TerminalId TERMINAL = TerminalId.of("10000001");
    public static final MaskedCard CARD = MaskedCard.of("622202******1234");

    private Fixtures() {
    }

    /** opening 10.00 + sales 125.00 - refunds 30.00 - fees 0.52 + adjustments 0 = net 104.48, all paid. */
    public static StatementHeader header(String merchantName) {
        return new StatementHeader(MERCHANT, merchantName, DATE, LocalDate.of(2026, 11, 24), 1000, 2, 12500, 1, 3000,
                52, 0, 10448, 10448, 0, "6789", false,
                List.of(new CardKindTotal(CardKind.DEBIT, 2, 9500, 41), new CardKindTotal(CardKind.CREDIT, 1, 0, 11)));
    }

    public static StatementLine sale(int n, long amountFen, long feeFen) {
        return new StatementLine(LocalDateTime.of(2026, 11, 23, 10, 15, 30).plusSeconds(n), TERMINAL, "000001",
                Stan.of(String.format("%06d", n)), Rrn.of(String.format("RRN%09d", n)), CARD, CardKind.DEBIT, TxnType.SALE,
                amountFen, feeFen, amountFen - feeFen, "MATCHED");
    }

    public static StatementLine refund(int n, long amountFen, long feeFen) {
        return new StatementLine(LocalDateTime.of(2026, 11, 23, 18, 0, 0), TERMINAL, "000001",
                Stan.of(String.format("%06d", n)), Rrn.of(String.format("RRN%09d", n)), CARD, CardKind.CREDIT,
                TxnType.REFUND, -amountFen, -feeFen, -amountFen + feeFen, "MATCHED_LATE");
    }

    public static PendingItem pending() {
        return new PendingItem(MERCHANT, BusinessDate.of(2026, 11, 22), LocalDateTime.of(2026, 11, 22, 23, 59, 1), TERMINAL,
                "000002", Stan.of("000777"), Rrn.of("RRN000000777"), CARD, CardKind.FOREIGN, TxnType.SALE, 4200);
    }
}
