package com.posclearing.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a reliability test class proves, for the README's reliability table: {@link ReliabilityTable} counts its test
 * cases as they run, plus the "cases" a test publishes (e.g. the inputs a fuzzer tried).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Proves {
    String value();
}
