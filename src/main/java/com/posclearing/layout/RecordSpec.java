package com.posclearing.layout;

import java.util.List;

/**
 * One record type of a layout.
 *
 * @param type      the record type code: delimited layouts select it by the first column ({@code H}, {@code D}...);
 *                  a fixed layout has one record type with any code
 * @param minLength delimited: least number of columns; fixed: least number of bytes. Longer records are fine, the tail
 *                  is ignored (UnionPay appends fee fields over time)
 * @param fields    fields in the order they are checked; the first bad one rejects the line
 */
public record RecordSpec(String type, int minLength, List<FieldSpec> fields) {
    public RecordSpec {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a record type needs a code");
        }
        if (minLength <= 0) {
            throw new IllegalArgumentException("record type " + type + ": minLength must be positive");
        }
        fields = List.copyOf(fields);
    }

    public boolean has(String fieldName) {
        return fields.stream().anyMatch(f -> f.name().equals(fieldName));
    }
}
