package com.posclearing.ingest;

import com.posclearing.kernel.StoredText;

/**
 * A line refused while the rest of its file is loaded.
 *
 * @param recordType the line's record type ({@code D}, {@code ROW}...), as read
 * @param field      canonical name of the first bad field ({@code record} when the line as a whole is wrong)
 * @param value      what may be shown of the bad value: a card number only masked, never in full
 */
public record LineReject(String fileName, long lineNo, String recordType, String field, String reason, String value) {
    public LineReject {
        if (fileName == null || lineNo <= 0 || field == null || reason == null) {
            throw new IllegalArgumentException("a line reject needs a file, a line, a field and a reason");
        }
        // the value is input: a card number in it (in any field) is masked before the reason is stored
        value = value == null ? "" : StoredText.shown(value);
        recordType = StoredText.shown(recordType);
    }

    /** Same wording as {@link com.posclearing.kernel.InputRejectedException}: file, line, field, reason. */
    public String message() {
        return fileName + " line " + lineNo + " field " + field + ": " + reason + (value.isEmpty() ? "" : " (value '" + value + "')");
    }
}
