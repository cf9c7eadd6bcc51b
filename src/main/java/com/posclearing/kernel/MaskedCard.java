package com.posclearing.kernel;

/**
 * A card number in masked form only: first 6 digits, stars, last 4, 16-19 characters in all.
 * A full card number is refused and never echoed back in the message.
 */
public record MaskedCard(String value) {
    public MaskedCard {
        if (!Chars.maskedCard(value)) {
            throw new InvalidValueException("cardNo", "expected a masked card number (first 6, stars, last 4, 16-19 characters), got "
                    + describe(value));
        }
    }

    public static MaskedCard of(String value) {
        return new MaskedCard(value);
    }

    public String last4() {
        return value.substring(value.length() - 4);
    }

    /** What a log may say about a refused card value: its length and a masked form, never the digits. */
    static String describe(String value) {
        if (value == null || value.isEmpty()) {
            return "nothing";
        }
        if (value.length() <= 10) {
            return "'" + "*".repeat(value.length()) + "' (" + value.length() + " characters)";
        }
        return "'" + value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4)
                + "' (" + value.length() + " characters, not masked)";
    }

    @Override
    public String toString() {
        return value;
    }
}
