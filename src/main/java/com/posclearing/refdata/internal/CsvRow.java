package com.posclearing.refdata.internal;

import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One data row of a reference CSV; every accessor rejects a bad value naming file, line and column. */
public record CsvRow(String fileName, long lineNo, List<String> header, List<String> values) {
    /** Amounts in fen in reference data: at most 12 digits, like the amounts in the input files. */
    private static final String FEN = "\\d{1,12}";

    public CsvRow {
        header = List.copyOf(header);
        values = List.copyOf(values);
    }

    /** The raw (trimmed) text of a column, possibly empty. */
    public String text(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + fileName);
        }
        return values.get(i).trim();
    }

    /** The text of a column the file may lack altogether (an optional trailing column): empty when absent. */
    public String optionalText(String column) {
        return header.contains(column) ? text(column) : "";
    }

    public String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw reject(column, "missing");
        }
        return v;
    }

    /**
     * A required text that goes into files as it is (a payout's account name): a CR, LF or other control character
     * anywhere in it, even where trimming would drop it, is refused rather than changed.
     */
    public String printable(String column) {
        String raw = values.get(header.indexOf(column));
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isISOControl(raw.charAt(i))) {
                throw reject(column, String.format("control character U+%04X at position %d; remove it so the text is"
                        + " exactly as the bank has it registered", (int) raw.charAt(i), i + 1));
            }
        }
        return required(column);
    }

    public String matching(String column, String regex, String what) {
        String v = required(column);
        if (!v.matches(regex)) {
            throw reject(column, "expected " + what + ", got '" + v + "'");
        }
        return v;
    }

    /** Converts with a value type's constructor; its refusal becomes a rejection of this column. */
    public <T> T value(String column, Function<String, T> parse) {
        String v = required(column);
        try {
            return parse.apply(v);
        } catch (InvalidValueException e) {
            throw reject(column, stripField(e));
        }
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = required(column);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" or "));
        throw reject(column, "expected " + allowed + ", got '" + v + "'");
    }

    /** An amount in fen that may be empty (none). */
    public OptionalLong optionalFen(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!v.matches(FEN)) {
            throw reject(column, "expected an amount in fen (0 or more, at most 12 digits) or nothing, got '" + v + "'");
        }
        return OptionalLong.of(Long.parseLong(v));
    }

    /** A plain decimal such as {@code 0.55}; no sign, no exponent, no percent sign. */
    public BigDecimal decimal(String column) {
        String v = required(column);
        if (!v.matches("\\d{1,3}(\\.\\d{1,6})?")) {
            throw reject(column, "expected a decimal such as 0.55, got '" + v + "'");
        }
        return new BigDecimal(v);
    }

    public InputRejectedException reject(String column, String reason) {
        return new InputRejectedException(fileName, lineNo, column, reason);
    }

    private static String stripField(InvalidValueException e) {
        String prefix = e.field() + ": ";
        String m = e.getMessage();
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
