package com.posclearing.kernel;

import java.util.regex.Pattern;

/** Retrieval reference number, ISO 8583 DE37: 12 alphanumerics, unique per transaction. */
public record Rrn(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{12}");

    public Rrn {
        InvalidValueException.require("rrn", value, FORMAT, "12 alphanumerics");
    }

    public static Rrn of(String value) {
        return new Rrn(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
