package com.posclearing.kernel;

/** System trace audit number, ISO 8583 DE11: 6 digits. */
public record Stan(String value) {
    public Stan {
        InvalidValueException.require("stan", value, Chars.digits(value, 6), "6 digits");
    }

    public static Stan of(String value) {
        return new Stan(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
