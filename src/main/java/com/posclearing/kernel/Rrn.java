package com.posclearing.kernel;

/** Retrieval reference number, ISO 8583 DE37: 12 alphanumerics, unique per transaction. */
public record Rrn(String value) {
    public Rrn {
        InvalidValueException.require("rrn", value, Chars.alnum(value, 12), "12 alphanumerics");
    }

    public static Rrn of(String value) {
        return new Rrn(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
