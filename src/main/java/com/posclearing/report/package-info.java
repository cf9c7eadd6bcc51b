/**
 * What the reports step writes for the operators and the bank (SPEC 4): the payout file and its control file, the
 * reconciliation report workbook (POI: charts, filters), the breaks CSV, the rerun diff and summary.json. Pure
 * writers from in-memory or streamed models, no database outside {@code .batch}.
 *
 * <p>Conventions, per file (every file written to {@code .name.tmp} and renamed, as the statements):
 * <ul>
 *   <li>breaks CSV: UTF-8 with BOM, CRLF, codes (not translations), amounts {@code -12.50};</li>
 *   <li>payout CSV: UTF-8 without BOM, CRLF; {@code .ctl}: {@code count=}, {@code total=}, {@code sha256=},
 *       three CRLF-ended ASCII lines, written after the csv;</li>
 *   <li>summary.json: two-space indent, LF, record member order, a final LF;</li>
 *   <li>text beginning with {@code = + - @}, tab or CR is prefixed with {@code '} in every file; amounts are never
 *       text and are not touched.</li>
 * </ul>
 */
package com.posclearing.report;
