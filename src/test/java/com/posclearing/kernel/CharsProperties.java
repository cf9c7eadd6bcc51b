package com.posclearing.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The loops of {@link Chars} accept exactly what the value types' regexes did, 10,000 strings each: near misses
 * (one length off, a star, a space, a full-width or Arabic-Indic digit, a letter with an accent) included.
 */
class CharsProperties {
    @Property(tries = 10_000)
    void digitsAreTheRegexDigits(@ForAll("nearly") String v) {
        for (int length : new int[] {6, 15}) {
            assertThat(Chars.digits(v, length)).as(v).isEqualTo(Pattern.matches("\\d{" + length + "}", v));
        }
    }

    @Property(tries = 10_000)
    void alnumIsTheRegexAlnum(@ForAll("nearly") String v) {
        for (int length : new int[] {8, 12}) {
            assertThat(Chars.alnum(v, length)).as(v).isEqualTo(Pattern.matches("[0-9A-Za-z]{" + length + "}", v));
        }
    }

    @Property(tries = 10_000)
    void maskedCardIsTheRegexMaskedCard(@ForAll("cards") String v) {
        assertThat(Chars.maskedCard(v)).as(v).isEqualTo(Pattern.matches("\\d{6}\\*{6,9}\\d{4}", v));
    }

    @Property(tries = 100)
    void nullIsNeverWellFormed() {
        assertThat(Chars.digits(null, 6)).isFalse();
        assertThat(Chars.alnum(null, 8)).isFalse();
        assertThat(Chars.maskedCard(null)).isFalse();
    }

    @Provide
    Arbitrary<String> nearly() {
        return Arbitraries.strings().withChars("0123456789aZ*é ٣１").ofMinLength(0).ofMaxLength(16)
                .edgeCases(c -> c.add("123456", "123456789012345", "A1b2C3d4", "AB12cd34EF56"));
    }

    @Provide
    Arbitrary<String> cards() {
        return Arbitraries.strings().withChars("0123456789*x٣").ofMinLength(0).ofMaxLength(21)
                .edgeCases(c -> c.add("622588******1234", "622588*********1234", "6225881234567890"));
    }
}
