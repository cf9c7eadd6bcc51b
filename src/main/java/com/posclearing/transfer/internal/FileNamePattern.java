package com.posclearing.transfer.internal;

import com.posclearing.kernel.BusinessDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A source's file-name pattern for one business date: {@code {yyMMdd}}-style tokens are the date formatted with
 * that {@link DateTimeFormatter} pattern; {@code *} matches any run of characters, {@code ?} one; the rest is
 * literal. {@code IND{yyMMdd}32ACOMA} on 2026-11-24 matches exactly {@code IND26112432ACOMA}.
 */
public final class FileNamePattern {
    private final Pattern regex;
    private final String text;

    public FileNamePattern(String pattern, BusinessDate date) {
        StringBuilder re = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("pattern " + pattern + ": '{' without '}'");
                }
                String formatted = date.value().format(DateTimeFormatter.ofPattern(pattern.substring(i + 1, end)));
                re.append(Pattern.quote(formatted));
                shown.append(formatted);
                i = end + 1;
                continue;
            }
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
            shown.append(c);
            i++;
        }
        this.regex = Pattern.compile(re.toString(), Pattern.DOTALL);
        this.text = shown.toString();
    }

    public boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    /** The pattern with the date filled in, e.g. {@code POSP_20261123_*.csv}: what a missing-file message names. */
    @Override
    public String toString() {
        return text;
    }
}
