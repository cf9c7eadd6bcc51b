package com.posclearing.support.xlsx;

import java.util.Objects;

/**
 * What stands above a sheet's first table and under every printed page: the heading (the acquirer) in bold, then the
 * subject (merchant or agent) and the period on the second row, a blank row; the footer repeats the period and the
 * heading around the page numbers.
 *
 * @param pageNumbers the footer's page numbers in SpreadsheetML's codes, {@code &P} the page and {@code &N} the count:
 *                    {@code Page &P of &N}
 */
public record TitleBlock(String heading, String subject, String period, String pageNumbers) {
    /** Rows above the table's header: heading, subject and period, a blank row. */
    static final int ROWS = 3;
    /** Excel's limit on a header or footer, codes included. */
    private static final int MAX_FOOTER_CHARS = 255;

    public TitleBlock {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
        if (footer(heading, period, pageNumbers).length() > MAX_FOOTER_CHARS) {
            throw new XlsxLimitException("a page footer holds at most " + MAX_FOOTER_CHARS + " characters: " + heading
                    + " / " + period);
        }
    }

    /** The second row: subject and period. */
    String subheading() {
        return subject + "    " + period;
    }

    /** The footer's text with its codes: the period left, the page numbers centred, the heading right. */
    String footer() {
        return footer(heading, period, pageNumbers);
    }

    private static String footer(String heading, String period, String pageNumbers) {
        return "&L" + literal(period) + "&C" + pageNumbers + "&R" + literal(heading);
    }

    /** A literal ampersand in a header or footer is doubled; a single one starts a code. */
    private static String literal(String text) {
        return text.replace("&", "&&");
    }
}
