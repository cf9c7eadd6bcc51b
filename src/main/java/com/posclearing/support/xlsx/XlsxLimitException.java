package com.posclearing.support.xlsx;

/** What a workbook would hold beyond Excel's limits ({@link XlsxLimits}); nothing is written at the final name then. */
public class XlsxLimitException extends IllegalStateException {
    public XlsxLimitException(String message) {
        super(message);
    }
}
