package com.posclearing.ingest.internal;

/** A mapper's refusal of one line: the field, the reason, and what may be shown of the value. */
public final class LineRejectedException extends RuntimeException {
    private final String field;
    private final String reason;
    private final String value;

    public LineRejectedException(String field, String reason, String value) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public String value() {
        return value;
    }
}
