package com.posclearing.support.xlsx;

/**
 * How a sheet prints. Both kinds fit the page width of A4 (as many pages down as the rows need) and number the pages
 * in the footer.
 */
public enum Layout {
    /** Label and value rows, portrait: a summary. */
    FORM,
    /** One table, landscape: its header row repeats on every printed page and carries an autofilter. */
    TABLE
}
