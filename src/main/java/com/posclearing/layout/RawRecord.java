package com.posclearing.layout;

import java.util.Map;

/**
 * A record as the engine read it: its type, 1-based line, and canonical field name → normalised value (blank fields
 * are absent). When a field failed its check, {@code problem} says which and why, and {@code values} holds the fields
 * checked before it.
 */
public record RawRecord(String recordType, long lineNo, Map<String, String> values, Problem problem) {

    /**
     * @param field the field's canonical name ({@code record} when the record as a whole is wrong)
     * @param value what may be shown of the value: card numbers masked, never the full digits
     */
    public record Problem(String field, String reason, String value) {
    }

    public RawRecord {
        values = Map.copyOf(values);
    }

    public boolean ok() {
        return problem == null;
    }

    public String get(String field) {
        return values.get(field);
    }
}
