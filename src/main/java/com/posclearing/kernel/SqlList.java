package com.posclearing.kernel;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** An enum's constants that a predicate holds for, as an SQL list: queries ask the same predicate as the code. */
public final class SqlList {
    private SqlList() {
    }

    /** E.g. {@code ('MATCHED', 'MATCHED_LATE')} for {@code Outcome::isSettled}. */
    public static <E extends Enum<E>> String of(E[] values, Predicate<? super E> which) {
        return Arrays.stream(values).filter(which).map(e -> "'" + e.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
