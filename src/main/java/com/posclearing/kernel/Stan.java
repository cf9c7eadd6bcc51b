package com.posclearing.kernel;

import java.util.regex.Pattern;

/** System trace audit number, ISO 8583 DE11: 6 digits. */
public record Stan(String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{6}");

    public Stan {
        InvalidValueException.require("stan", value, FORMAT, "6 digits");
    }

    public static Stan of(String value) {
        return new Stan(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
