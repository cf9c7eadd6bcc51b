package com.posclearing.kernel;

/** Terminal id, ISO 8583 DE41: 8 alphanumerics. */
public record TerminalId(String value) implements Comparable<TerminalId> {
    public TerminalId {
        InvalidValueException.require("terminalId", value, Chars.alnum(value, 8), "8 alphanumerics");
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
