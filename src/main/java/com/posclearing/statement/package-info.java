/**
 * The merchants' statements (SPEC 4): one XLSX + CSV pair per merchant with activity or a balance on D, written from
 * streamed lines, no database outside {@code .batch}.
 *
 * <p>Paths come from {@link com.posclearing.support.files.OutputPaths}. Conventions:
 * <ul>
 *   <li>every file is written to {@code .name.tmp} in its folder and renamed with {@code ATOMIC_MOVE} +
 *       {@code REPLACE_EXISTING}; a failed write leaves the previous complete file (or nothing) at the final name;</li>
 *   <li>XLSX: streamed straight into the zip by {@code support.xlsx} (no POI, no temp files), constant parts built
 *       once per writer, inline strings, sheets deflated at level 1; sheets summary / transactions / pending
 *       items, each under a title block (acquirer, merchant, date) with its page setup (fit to A4's width, tables
 *       landscape with header row repeated, autofilter and totals row, page x of y in the footer); money numeric in
 *       yuan with {@code #,##0.00}, written from the fen digits; times real dates ({@code yyyy-mm-dd hh:mm:ss});
 *       rows down to the header frozen; fixed widths, never narrower than the label; eleven shared styles; Chinese
 *       or English ({@link com.posclearing.support.i18n.Language}); entries dated 1980-01-01, so the bytes are
 *       reproducible;</li>
 *   <li>CSV: UTF-8 with BOM, CRLF, codes (not translations), amounts {@code -12.50};</li>
 *   <li>text beginning with {@code = + - @}, tab or CR is prefixed with {@code '} in every file; amounts are never
 *       text and are not touched.</li>
 * </ul>
 */
package com.posclearing.statement;
