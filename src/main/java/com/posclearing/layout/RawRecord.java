package com.posclearing.layout;

import java.util.Collections;
import java.util.Map;

/**
 * A record as the engine read it: its type, 1-based line, and canonical field name → normalised value (blank fields
 * are absent). Every field is checked: {@code values} holds all the good ones, and {@code problem} names the first bad
 * one (null when the record is fine). The map is wrapped, not copied: each reader builds a new one per record and
 * never touches it again, and a copy of every line's map was a tenth of a bank file's parse.
 */
public record RawRecord(String recordType, long lineNo, Map<String, String> values, Problem problem) {

    /**
     * @param field the field's canonical name ({@code record} when the record as a whole is wrong)
     * @param value what may be shown of the value: card numbers masked, never the full digits
     */
    public record Problem(String field, String reason, String value) {
    }

    public RawRecord {
        values = Collections.unmodifiableMap(values);
    }

    public boolean ok() {
        return problem == null;
    }

    public String get(String field) {
        return values.get(field);
    }
}
