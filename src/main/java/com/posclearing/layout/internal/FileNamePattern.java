package com.posclearing.layout.internal;

import com.posclearing.kernel.BusinessDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file-name pattern such as {@code POSP_{yyyyMMdd}_*_*.csv} or {@code IND{yyMMdd}32ACOMA}: one date token
 * ({@code {yyyyMMdd}} or {@code {yyMMdd}}, years 2000-2099), {@code *} for any non-empty text, the rest literal.
 */
public final class FileNamePattern {
    private final Pattern regex;
    private final boolean twoDigitYear;

    private FileNamePattern(Pattern regex, boolean twoDigitYear) {
        this.regex = regex;
        this.twoDigitYear = twoDigitYear;
    }

    public static FileNamePattern compile(String pattern) {
        boolean four = pattern.contains("{yyyyMMdd}");
        boolean two = pattern.contains("{yyMMdd}");
        if (four == two) {
            throw new IllegalArgumentException("file-name pattern " + pattern + " needs exactly one {yyyyMMdd} or {yyMMdd}");
        }
        String token = four ? "{yyyyMMdd}" : "{yyMMdd}";
        int at = pattern.indexOf(token);
        String regex = literal(pattern.substring(0, at)) + "(\\d{" + (four ? 8 : 6) + "})"
                + literal(pattern.substring(at + token.length()));
        return new FileNamePattern(Pattern.compile(regex), two);
    }

    private static String literal(String part) {
        String[] pieces = part.split("\\*", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                sb.append(".+");
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
        String d = m.group(1);
        int year = twoDigitYear ? 2000 + Integer.parseInt(d.substring(0, 2)) : Integer.parseInt(d.substring(0, 4));
        String md = d.substring(d.length() - 4);
        try {
            return Optional.of(new BusinessDate(LocalDate.of(year, Integer.parseInt(md.substring(0, 2)),
                    Integer.parseInt(md.substring(2)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
