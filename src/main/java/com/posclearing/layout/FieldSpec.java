package com.posclearing.layout;

import java.util.List;
import java.util.Map;

/**
 * One field of a record type.
 *
 * @param name      canonical name (e.g. {@code merchantId}, {@code amountFen}) that the generic mappers understand
 * @param column    delimited layouts: 1-based column (column 1 is the record type); 0 for fixed layouts
 * @param position  fixed layouts: 1-based byte position; 0 for delimited layouts
 * @param length    fixed layouts: width in bytes; 0 for delimited layouts
 * @param type      value type
 * @param required  a blank value is a rejected line
 * @param minChars  smallest length of the trimmed value, 0 = no check
 * @param maxChars  largest length of the trimmed value, 0 = no check
 * @param map       raw value → canonical value (e.g. UnionPay {@code "01"} → {@code SALE}), applied before {@code values}
 * @param values    allowed (mapped) values, empty = any
 * @param trueValue for {@link FieldType#FLAG}: the character that means true (e.g. {@code R})
 */
public record FieldSpec(String name, int column, int position, int length, FieldType type, boolean required,
                        int minChars, int maxChars, Map<String, String> map, List<String> values, String trueValue) {

    public FieldSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        if (column < 0 || position < 0 || length < 0 || (column == 0) == (position == 0)) {
            throw new IllegalArgumentException("field " + name + ": give either a column or a position and a length");
        }
        if (position > 0 && length <= 0) {
            throw new IllegalArgumentException("field " + name + ": a positioned field needs a length");
        }
        if (type == FieldType.FLAG && (trueValue == null || trueValue.length() != 1)) {
            throw new IllegalArgumentException("field " + name + ": a flag needs a one-character trueValue");
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
