package com.posclearing.layout;

/**
 * The value types a layout field may declare. The engine checks each value against its type and hands it on in a
 * normalised text form (see each constant), so mappers never re-parse raw padding.
 */
public enum FieldType {
    /** Digits only, kept as written (leading zeros matter for ids). */
    DIGITS("digits"),
    /** Letters and digits. */
    ALNUM("alnum"),
    /** Any text, trimmed. */
    TEXT("text"),
    /** A non-negative amount in fen, zero-padded or not; normalised to a plain integer ("000000012500" → "12500"). */
    AMOUNT_FEN("amount-fen"),
    /**
     * Decimal yuan ({@code 13227.00}, {@code 0.5}, {@code 12}), normalised to fen. Exact: at most two decimals, a third
     * is refused rather than rounded (a bank's amount is never guessed).
     */
    AMOUNT_YUAN("amount-yuan"),
    /** {@code C} or {@code D} then digits, in fen; normalised to a signed integer: {@code C} positive, {@code D} negative. */
    SIGN_AMOUNT("sign-amount"),
    /** {@code yyyyMMdd}, or the field's {@code pattern}; normalised to {@code yyyyMMdd}. */
    DATE("date"),
    /** {@code yyyyMMddHHmmss}, or the field's {@code pattern}; normalised to {@code yyyyMMddHHmmss}. */
    DATETIME("datetime"),
    /** {@code MMddHHmmss} without a year (ISO 8583 DE7); the year is resolved later from the file's date. */
    MMDDHHMMSS("mmddhhmmss"),
    /** {@code MMdd} without a year. */
    MMDD("mmdd"),
    /** A one-character flag: normalised to "true" when it equals the field's {@code trueValue}, "false" when blank. */
    FLAG("flag"),
    /** A masked card number (first 6, stars, last 4); a full card number is refused and never echoed. */
    CARD("card");

    private final String yamlName;

    FieldType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static FieldType fromYaml(String name) {
        for (FieldType t : values()) {
            if (t.yamlName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown field type '" + name + "'; known: "
                + java.util.Arrays.stream(values()).map(FieldType::yamlName).toList());
    }
}
