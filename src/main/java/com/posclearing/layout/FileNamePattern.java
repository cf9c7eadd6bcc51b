package com.posclearing.layout;

import com.posclearing.kernel.BusinessDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one file-name grammar of layouts ({@code fileName:}) and sources ({@code pattern:}), e.g.
 * {@code POSP_{yyyyMMdd}_*_*.csv} or {@code IND{yyMMdd}32ACOMA}: exactly one date token ({@code {yyyyMMdd}} or
 * {@code {yyMMdd}}, years 2000-2099), {@code *} for any non-empty text, the rest literal.
 */
public final class FileNamePattern {
    private final String text;
    private final String token;
    private final Pattern regex;
    private final int dateGroup;

    private FileNamePattern(String text, String token, Pattern regex, int dateGroup) {
        this.text = text;
        this.token = token;
        this.regex = regex;
        this.dateGroup = dateGroup;
    }

    public static FileNamePattern compile(String pattern) {
        boolean four = pattern.contains("{yyyyMMdd}");
        boolean two = pattern.contains("{yyMMdd}");
        String token = four ? "{yyyyMMdd}" : "{yyMMdd}";
        int at = pattern.indexOf(token);
        if (four == two || pattern.indexOf(token, at + 1) >= 0 || pattern.replace(token, "").matches(".*[{}?].*")) {
            throw new IllegalArgumentException("file-name pattern " + pattern + " needs exactly one {yyyyMMdd} or"
                    + " {yyMMdd}; besides it only * (any text) and literal characters");
        }
        String regex = literal(pattern.substring(0, at)) + "(\\d{" + (four ? 8 : 6) + "})"
                + literal(pattern.substring(at + token.length()));
        int dateGroup = 1 + (int) pattern.substring(0, at).chars().filter(c -> c == '*').count();
        return new FileNamePattern(pattern, token, Pattern.compile(regex, Pattern.DOTALL), dateGroup);
    }

    private static String literal(String part) {
        String[] pieces = part.split("\\*", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                sb.append("(.+)");
            }
            if (!pieces[i].isEmpty()) {
                sb.append(Pattern.quote(pieces[i]));
            }
        }
        return sb.toString();
    }

    /** The date the name carries, or empty when the name does not match (or its date does not exist). */
    public Optional<BusinessDate> date(String fileName) {
        Matcher m = regex.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String d = m.group(dateGroup);
        int year = d.length() == 6 ? 2000 + Integer.parseInt(d.substring(0, 2)) : Integer.parseInt(d.substring(0, 4));
        String md = d.substring(d.length() - 4);
        try {
            return Optional.of(new BusinessDate(LocalDate.of(year, Integer.parseInt(md.substring(0, 2)),
                    Integer.parseInt(md.substring(2)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The texts the {@code *} parts matched in a name of this pattern, in order; empty when it does not match. */
    public java.util.List<String> wildcards(String fileName) {
        Matcher m = regex.matcher(fileName);
        if (!m.matches()) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            if (g != dateGroup) {
                out.add(m.group(g));
            }
        }
        return out;
    }

    /** How many {@code *} the pattern has. */
    public int wildcardCount() {
        return (int) text.chars().filter(c -> c == '*').count();
    }

    /** True when the name matches and carries {@code date}. */
    public boolean matches(String fileName, BusinessDate date) {
        return date(fileName).map(date::equals).orElse(false);
    }

    /** The pattern with {@code date} filled in, e.g. {@code POSP_20261123_*_*.csv}: what a missing-file message names. */
    public String filledIn(BusinessDate date) {
        String format = token.substring(1, token.length() - 1);
        return text.replace(token, date.value().format(DateTimeFormatter.ofPattern(format)));
    }

    /** A name of {@code date} this pattern matches, each {@code *} as {@code X}: what a start-up check tries. */
    public String example(BusinessDate date) {
        return filledIn(date).replace("*", "X");
    }

    @Override
    public String toString() {
        return text;
    }
}
