package com.posclearing.layout.internal;

import com.posclearing.kernel.Chars;
import com.posclearing.kernel.StoredText;
import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.RawRecord.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks one field value against its spec and normalises it (see {@link com.posclearing.layout.FieldType}). */
final class FieldChecker {
    /** Fen: an optional sign, digits, optionally grouped by thousands with commas ({@code -1,234}). */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(?:\\d{1,18}|\\d{1,3}(?:,\\d{3}){1,5})");
    /** Yuan: the same integer part, then decimals (group 1); a third decimal is caught after the match. */
    private static final Pattern YUAN = Pattern.compile("[+-]?(?:\\d{1,16}|\\d{1,3}(?:,\\d{3}){1,4})(?:\\.(\\d+))?");
    private static final Map<String, DateTimeFormatter> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern SIGN_AMOUNT = Pattern.compile("[CD]?\\d{1,17}");
    private static final DateTimeFormatter DATE = strict("uuuuMMdd");
    private static final DateTimeFormatter DATETIME = strict("uuuuMMddHHmmss");
    /** A leap year, so that 0229 is a valid month-day; the real year is resolved later. */
    private static final String LEAP_YEAR = "2000";

    private FieldChecker() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Puts the normalised value into {@code out} (nothing when blank and optional) or returns the problem. */
    static Problem check(FieldSpec f, String value, Map<String, String> out) {
        String v = f.map().getOrDefault(value, value);
        if (v.isEmpty()) {
            if (f.type() == com.posclearing.layout.FieldType.FLAG) {
                out.put(f.name(), "false");
                return null;
            }
            return f.required() ? new Problem(f.name(), "is missing", "") : null;
        }
        String reason = typeProblem(f, v);
        if (reason == null && f.minChars() > 0 && (v.length() < f.minChars() || v.length() > f.maxChars())) {
            reason = "expected " + (f.minChars() == f.maxChars() ? f.minChars() : f.minChars() + "-" + f.maxChars())
                    + " characters, got " + v.length();
        }
        if (reason == null && !f.values().isEmpty() && !f.values().contains(v)) {
            reason = "expected one of " + String.join(", ", f.values());
        }
        if (reason != null) {
            return new Problem(f.name(), reason, f.type() == com.posclearing.layout.FieldType.CARD ? maskCard(v) : StoredText.shown(v));
        }
        out.put(f.name(), normalise(f, v));
        return null;
    }

    /**
     * Digits, letters and masked cards are decided by the loops of {@link Chars} (exactly the regexes' verdicts);
     * the common dates by {@link FastChecks}, without a formatter.
     */
    private static String typeProblem(FieldSpec f, String v) {
        return switch (f.type()) {
            case DIGITS -> Chars.digits(v, 0, v.length()) ? null : "expected digits";
            case ALNUM -> Chars.alnum(v) ? null : "expected letters and digits";
            case TEXT -> null;
            case AMOUNT_FEN -> v.length() <= 18 && Chars.digits(v, 0, v.length()) || AMOUNT.matcher(v).matches() ? null
                    : "expected an amount in fen (up to 18 digits, a sign and thousands commas allowed)";
            case SIGN_AMOUNT -> SIGN_AMOUNT.matcher(v).matches() ? null : "expected C or D and an amount in fen";
            case AMOUNT_YUAN -> yuanProblem(v, f.decimals());
            case DATE -> f.pattern() != null ? (parses(pattern(f), v, false) ? null : "expected a date " + f.pattern())
                    : FastChecks.date(v) || parses(DATE, v, false) ? null : "expected a date yyyyMMdd";
            case DATETIME -> f.pattern() != null ? (parses(pattern(f), v, true) ? null : "expected a date-time " + f.pattern())
                    : FastChecks.dateTime(v) || parses(DATETIME, v, true) ? null : "expected a date-time yyyyMMddHHmmss";
            case MMDDHHMMSS -> v.length() == 10 && (FastChecks.dateTime(LEAP_YEAR + v) || parses(DATETIME, LEAP_YEAR + v, true))
                    ? null : "expected a date-time MMddHHmmss";
            case MMDD -> v.length() == 4 && (FastChecks.date(LEAP_YEAR + v) || parses(DATE, LEAP_YEAR + v, false)) ? null
                    : "expected a month-day MMdd";
            case FLAG -> f.trueValue().equals(v) ? null : "expected '" + f.trueValue() + "' or blank";
            case CARD -> cardProblem(v);
        };
    }

    private static String yuanProblem(String v, int decimals) {
        java.util.regex.Matcher m = YUAN.matcher(v);
        if (!m.matches()) {
            return "expected an amount in yuan such as 123.45";
        }
        int given = m.group(1) == null ? 0 : m.group(1).length();
        if (given > decimals) {
            return "has " + given + " decimals: " + (decimals == FieldSpec.CNY_DECIMALS ? "an amount in yuan has at most 2 (fen)"
                    : "the layout declares " + decimals + " (decimals: " + decimals + ")") + "; it is refused, not rounded";
        }
        // 16 integer digits fit a long in fen; with 3 or 4 minor digits fewer do
        if (v.chars().filter(Character::isDigit).count() - given + decimals > 18) {
            return "has more than 18 digits in the minor unit (decimals: " + decimals + ")";
        }
        return null;
    }

    /** The field's own pattern, strict ({@code yyyy} read as the proleptic year so STRICT accepts it). */
    private static DateTimeFormatter pattern(FieldSpec f) {
        return PATTERNS.computeIfAbsent(f.pattern(), p -> strict(p.replace('y', 'u')));
    }

    private static String cardProblem(String v) {
        if (Chars.maskedCard(v)) {
            return null;
        }
        if (v.length() >= 12 && Chars.digits(v, 0, v.length())) {
            return "a full card number is not accepted, only the masked form (first 6, stars, last 4)";
        }
        return "expected a masked card number (first 6, stars, last 4, 16-19 characters)";
    }

    private static boolean parses(DateTimeFormatter format, String v, boolean withTime) {
        try {
            if (withTime) {
                LocalDateTime.parse(v, format);
            } else {
                LocalDate.parse(v, format);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String normalise(FieldSpec f, String v) {
        return switch (f.type()) {
            case AMOUNT_FEN -> Long.toString(Long.parseLong(v.replace(",", "")));
            case AMOUNT_YUAN -> Long.toString(new java.math.BigDecimal(v.replace(",", "")).movePointRight(f.decimals())
                    .longValueExact());
            case DATE -> f.pattern() == null ? v : LocalDate.parse(v, pattern(f)).format(DATE);
            case DATETIME -> f.pattern() == null && f.zone() == null ? v : businessTime(f, v).format(DATETIME);
            case SIGN_AMOUNT -> Long.toString(v.charAt(0) == 'D' ? -Long.parseLong(v.substring(1))
                    : Long.parseLong(v.charAt(0) == 'C' ? v.substring(1) : v));
            case FLAG -> "true";
            default -> v;
        };
    }

    /** The file's date-time, from the field's zone (when it has one) to the business zone. */
    private static LocalDateTime businessTime(FieldSpec f, String v) {
        LocalDateTime t = LocalDateTime.parse(v, f.pattern() == null ? DATETIME : pattern(f));
        return f.zone() == null ? t : t.atZone(f.zone()).withZoneSameInstant(FieldSpec.BUSINESS_ZONE).toLocalDateTime();
    }

    /** What may be shown of a card value: first 6 and last 4 with stars between, or only stars when short. */
    static String maskCard(String v) {
        if (v.length() <= 10) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
    }
}
