package com.posclearing.kernel;

import java.util.regex.Pattern;

/** Terminal id, ISO 8583 DE41: 8 alphanumerics. */
public record TerminalId(String value) implements Comparable<TerminalId> {
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{8}");

    public TerminalId {
        InvalidValueException.require("terminalId", value, FORMAT, "8 alphanumerics");
    }

    public static TerminalId of(String value) {
        return new TerminalId(value);
    }

    @Override
    public int compareTo(TerminalId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
