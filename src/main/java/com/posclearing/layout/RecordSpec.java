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
 * @param skipWhen  the rows to skip (a status such as CLOSED); null = none
 */
public record RecordSpec(String type, int minLength, List<FieldSpec> fields, Skip skipWhen) {

    /**
     * A row whose {@code field} (after its {@code map}) is one of {@code values} is skipped: neither a transaction nor
     * a reject, only counted, so the control totals (which count every line of the type) still add up.
     */
    public record Skip(String field, List<String> values) {
        public Skip {
            if (field == null || values == null || values.isEmpty()) {
                throw new IllegalArgumentException("skipWhen needs a field and at least one value");
            }
            values = List.copyOf(values);
        }
    }

    public RecordSpec {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a record type needs a code");
        }
        if (minLength <= 0) {
            throw new IllegalArgumentException("record type " + type + ": minLength must be positive");
        }
        fields = List.copyOf(fields);
        if (skipWhen != null) {
            FieldSpec f = fields.stream().filter(x -> x.name().equals(skipWhen.field())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("record type " + type + ", skipWhen.field: no field "
                            + skipWhen.field() + " in this record"));
            // a skip value the field's own values refuse would reject the row instead of skipping it
            if (!f.values().isEmpty() && !f.values().containsAll(skipWhen.values())) {
                throw new IllegalArgumentException("record type " + type + ", skipWhen.values " + skipWhen.values()
                        + ": field " + f.name() + " allows only " + f.values());
            }
        }
    }

    /** True when the record is a row to skip: its skip field holds (read well) one of the skip values. */
    public boolean skips(RawRecord r) {
        String v = skipWhen == null ? null : r.get(skipWhen.field());
        return v != null && skipWhen.values().contains(v); // List.copyOf's contains refuses null
    }

    public boolean has(String fieldName) {
        return fields.stream().anyMatch(f -> f.name().equals(fieldName));
    }
}
