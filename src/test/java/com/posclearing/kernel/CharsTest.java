package com.posclearing.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The character-class loops on the edge cases of each format ({@link CharsProperties} compares them with the regexes). */
class CharsTest {
    @Test
    void maskedCardsAndDigits() {
        assertThat(Chars.maskedCard("622848******1234")).isTrue();
        assertThat(Chars.maskedCard("622848*********1234")).isTrue();
        assertThat(Chars.maskedCard("622848*****1234")).isFalse();
        assertThat(Chars.maskedCard("622848**********1234")).isFalse();
        assertThat(Chars.maskedCard("62284a******1234")).isFalse();
        assertThat(Chars.maskedCard("622848***x**1234")).isFalse();
        assertThat(Chars.maskedCard("6228480000001234")).isFalse();
        assertThat(Chars.digits("0123", 0, 4)).isTrue();
        assertThat(Chars.digits("", 0, 0)).isFalse();
        assertThat(Chars.digits("12٣4", 0, 4)).isFalse(); // a non-ASCII digit, as \d refuses it
        assertThat(Chars.alnum("AZaz09")).isTrue();
        assertThat(Chars.alnum("AZ-09")).isFalse();
        assertThat(Chars.alnum("")).isFalse();
    }
}
