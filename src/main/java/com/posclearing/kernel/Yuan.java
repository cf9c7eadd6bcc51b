package com.posclearing.kernel;

import java.math.BigDecimal;

/** Formatting of fen amounts as yuan with exactly two decimals, for files meant for people. No floating point. */
public final class Yuan {
    private Yuan() {
    }

    /** 1250 → "12.50", -1250 → "-12.50", 5 → "0.05". */
    public static String format(long amountFen) {
        String sign = amountFen < 0 ? "-" : "";
        long abs = Math.abs(amountFen);
        long cents = abs % 100;
        return sign + (abs / 100) + "." + (cents < 10 ? "0" : "") + cents;
    }

    /** The exact decimal value in yuan, for numeric spreadsheet cells. */
    public static BigDecimal toYuan(long amountFen) {
        return BigDecimal.valueOf(amountFen, 2);
    }
}
