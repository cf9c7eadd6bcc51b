package com.posclearing.kernel;

import java.util.regex.Pattern;

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

    /** Patterns are compiled once by each value type: these checks run for every field of millions of records. */
    static String require(String field, String value, Pattern pattern, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidValueException(field, "expected " + what + ", got '" + (value == null ? "" : value) + "'");
        }
        return value;
    }
}
