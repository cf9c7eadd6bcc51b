/**
 * The output files of a run (SPEC 4): pure writers from in-memory or streamed models, no database.
 *
 * <p>Paths come from {@link com.posclearing.statement.OutputPaths}. Conventions, per file:
 * <ul>
 *   <li>every file is written to {@code .name.tmp} in its folder and renamed with {@code ATOMIC_MOVE} +
 *       {@code REPLACE_EXISTING}; a failed write leaves the previous complete file (or nothing) at the final name;</li>
 *   <li>statement and report XLSX: streamed straight into the zip (no POI, no temp files), constant parts built
 *       once per writer, inline strings, sheets deflated at level 1; sheets summary / transactions / pending
 *       items; money numeric in yuan with {@code #,##0.00}, written from the fen digits; times real dates
 *       ({@code yyyy-mm-dd hh:mm:ss}); header row frozen; fixed widths; seven shared styles; Chinese or English
 *       ({@link com.posclearing.statement.Language}); entries dated 1980-01-01, so the bytes are reproducible;</li>
 *   <li>statement CSV and breaks CSV: UTF-8 with BOM, CRLF, codes (not translations), amounts {@code -12.50};</li>
 *   <li>payout CSV: UTF-8 without BOM, CRLF; {@code .ctl}: {@code count=}, {@code total=}, {@code sha256=},
 *       three CRLF-ended ASCII lines, written after the csv;</li>
 *   <li>summary.json: two-space indent, LF, record member order, a final LF;</li>
 *   <li>text beginning with {@code = + - @}, tab or CR is prefixed with {@code '} in every file; amounts are never
 *       text and are not touched.</li>
 * </ul>
 */
package com.posclearing.statement;
