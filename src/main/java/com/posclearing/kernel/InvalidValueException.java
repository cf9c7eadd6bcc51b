package com.posclearing.kernel;

/** A value refused by a value type: names the field and what was wrong, never the full value of a card. */
public final class InvalidValueException extends IllegalArgumentException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Throws unless {@code wellFormed}: the value types' checks, run for every field of millions of records. */
    static String require(String field, String value, boolean wellFormed, String what) {
        if (!wellFormed) {
            throw new InvalidValueException(field, "expected " + what + ", got '" + (value == null ? "" : value) + "'");
        }
        return value;
    }
}
