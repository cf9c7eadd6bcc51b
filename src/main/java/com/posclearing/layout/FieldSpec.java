package com.posclearing.layout;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One field of a record type. Its value comes from exactly one of: a column, a column named in the header row, a byte
 * position and length, or a constant.
 *
 * @param name      canonical name (see {@link FieldNames}) that the generic mappers understand
 * @param column    delimited layouts: 1-based column; 0 otherwise
 * @param header    delimited layouts with a header row: the column's name in it; null otherwise
 * @param position  fixed layouts: 1-based position in bytes (or characters, {@link Layout.Width}); 0 otherwise
 * @param length    fixed layouts: width in bytes (or characters); 0 otherwise
 * @param constant  the value every record has (the file has no such column); null otherwise
 * @param type      value type
 * @param required  a blank value is a rejected line
 * @param minChars  smallest length of the trimmed value, 0 = no check
 * @param maxChars  largest length of the trimmed value, 0 = no check
 * @param map       raw value → canonical value (e.g. UnionPay {@code "01"} → {@code SALE}), applied before {@code values}
 * @param values    allowed (mapped) values, empty = any
 * @param trueValue for {@link FieldType#FLAG}: the character that means true (e.g. {@code R})
 * @param pattern   for {@link FieldType#DATE} and {@link FieldType#DATETIME}: the java.time pattern the file writes
 *                  (e.g. {@code yyyy-MM-dd HH:mm:ss}); null = the compact default
 * @param decimals  for {@link FieldType#AMOUNT_YUAN}: the currency's minor digits (2 for CNY, 0 for JPY, 3 for KWD);
 *                  the value becomes an integer in that minor unit
 * @param zone      for {@link FieldType#DATETIME}: the zone the file writes times in, converted to
 *                  {@link #BUSINESS_ZONE}; null = the file's times are business times already
 */
public record FieldSpec(String name, int column, String header, int position, int length, String constant,
                        FieldType type, boolean required, int minChars, int maxChars, Map<String, String> map,
                        List<String> values, String trueValue, String pattern, int decimals, ZoneId zone) {

    /** The system's times are Shanghai times (SPEC.md). */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** CNY's fen, the default minor unit. */
    public static final int CNY_DECIMALS = 2;

    /** At most 4 minor digits (ISO 4217's largest, CLF); more leaves too few digits of a long for the amount. */
    private static final int MAX_DECIMALS = 4;

    public FieldSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        int sources = (column > 0 ? 1 : 0) + (header != null ? 1 : 0) + (position > 0 ? 1 : 0) + (constant != null ? 1 : 0);
        if (column < 0 || position < 0 || length < 0 || sources != 1) {
            throw new IllegalArgumentException("field " + name + ": give exactly one of column, header, position (with"
                    + " length) or value");
        }
        if ((position > 0) != (length > 0)) {
            throw new IllegalArgumentException("field " + name + ": position and length go together");
        }
        if (type == FieldType.FLAG && (trueValue == null || trueValue.length() != 1)) {
            throw new IllegalArgumentException("field " + name + ": a flag needs a one-character trueValue");
        }
        if (type != FieldType.FLAG && trueValue != null) {
            throw new IllegalArgumentException("field " + name + ": trueValue is for type flag only");
        }
        if (pattern != null && type != FieldType.DATE && type != FieldType.DATETIME) {
            throw new IllegalArgumentException("field " + name + ": pattern is for types date and datetime only");
        }
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("field " + name + ": decimals is 0 to " + MAX_DECIMALS + ", got " + decimals);
        }
        if (zone != null && type != FieldType.DATETIME) {
            throw new IllegalArgumentException("field " + name + ": zone is for type datetime only");
        }
        if (minChars < 0 || maxChars < 0 || (maxChars > 0 && minChars > maxChars)) {
            throw new IllegalArgumentException("field " + name + ": bad minChars/maxChars");
        }
        map = Map.copyOf(map);
        values = List.copyOf(values);
    }

    /** Last byte (1-based) this field occupies in a fixed-width record. */
    public int endPosition() {
        return position + length - 1;
    }
}
