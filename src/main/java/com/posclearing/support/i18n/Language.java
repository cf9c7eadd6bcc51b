package com.posclearing.support.i18n;

import java.util.Locale;

/** Language of the column headers and labels of spreadsheets for people. Chinese is the default (SPEC 4). */
public enum Language {
    CHINESE, ENGLISH;

    /** From configuration: {@code zh}, {@code zh-CN}, {@code chinese}, {@code en}, {@code english} (any case); blank means Chinese. */
    public static Language parse(String value) {
        if (value == null || value.isBlank()) {
            return CHINESE;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_") || v.equals("chinese")) {
            return CHINESE;
        }
        if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_") || v.equals("english")) {
            return ENGLISH;
        }
        throw new IllegalArgumentException("statement language: expected zh or en, got '" + value + "'");
    }
}
