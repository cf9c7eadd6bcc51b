package com.posclearing.resolution;

import com.posclearing.kernel.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A break's id, derived from what found it so a rerun or restart of the same inputs gives the same id:
 * {@code BRK-{yyyyMMdd}-{T|B}-{terminal}-{rrn}} (the date of the run that found it, the side that leads it — T for a
 * terminal record and for a mismatched pair, B for a bank record alone), with {@code -{recordId}} added for a
 * DUPLICATE, whose key is by definition not unique.
 */
public record BreakId(String value) implements Comparable<BreakId> {
    private static final Pattern FORMAT = Pattern.compile("BRK-\\d{8}-[TB]-[0-9A-Za-z]{1,8}-[0-9A-Za-z]{1,12}(-\\d{1,19})?");

    public BreakId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("break id", "expected BRK-yyyyMMdd-T|B-terminal-rrn, got '"
                    + (value == null ? "" : value) + "'; see ops/settle breaks list");
        }
    }

    public static BreakId of(String value) {
        return new BreakId(value == null ? null : value.trim());
    }

    @Override
    public int compareTo(BreakId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
