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

    static String require(String field, String value, String regex, String what) {
        if (value == null || !value.matches(regex)) {
            throw new InvalidValueException(field, "expected " + what + ", got '" + (value == null ? "" : value) + "'");
        }
        return value;
    }
}
