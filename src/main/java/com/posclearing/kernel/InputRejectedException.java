package com.posclearing.kernel;

/**
 * Bad input: names the file, the line (0 when the whole file is concerned), the field and the reason,
 * so an operator can act without a stack trace.
 */
public class InputRejectedException extends RuntimeException {
    private final String fileName;
    private final long lineNo;
    private final String field;
    private final String reason;

    public InputRejectedException(String fileName, long lineNo, String field, String reason) {
        super(describe(fileName, lineNo, field, reason));
        this.fileName = fileName;
        this.lineNo = lineNo;
        this.field = field;
        this.reason = reason;
    }

    private static String describe(String fileName, long lineNo, String field, String reason) {
        StringBuilder sb = new StringBuilder(fileName);
        if (lineNo > 0) {
            sb.append(" line ").append(lineNo);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(" field ").append(field);
        }
        return sb.append(": ").append(reason).toString();
    }

    public String fileName() {
        return fileName;
    }

    public long lineNo() {
        return lineNo;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
