package com.posclearing.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {
    @Test
    void aLuhnValidRunOf13To19DigitsIsMaskedOthersStay() {
        assertThat(CardNumbers.masked("商户6222021234567894号")).isEqualTo("商户622202******7894号");
        assertThat(CardNumbers.masked("6222021234567895")).isEqualTo("6222021234567895"); // fails Luhn
        assertThat(CardNumbers.masked("merchant 898310058120001 ok")).isEqualTo("merchant 898310058120001 ok"); // fails Luhn
        assertThat(CardNumbers.masked("12345678")).isEqualTo("12345678");
    }

    @Test
    void digitsInsideADigestAreNotACardNumber() {
        String sha = "ab6222021234567894" + "0".repeat(46);
        assertThat(CardNumbers.masked("sha256 " + sha)).isEqualTo("sha256 " + sha);
    }

    @Test
    void fitCutsWithoutSplittingASurrogatePairAndReplacesControls() {
        assertThat(StoredText.fit("a\u0000b\nc", 10)).isEqualTo("a?b?c");
        assertThat(StoredText.fit("abcd\uD83D\uDE00efgh", 8)).isEqualTo("abcd...");
        assertThat(StoredText.fit("x".repeat(2_000), 1_000)).hasSize(1_000).endsWith("...");
        assertThat(StoredText.shown("Z".repeat(50))).isEqualTo("Z".repeat(40) + "...");
    }
}
