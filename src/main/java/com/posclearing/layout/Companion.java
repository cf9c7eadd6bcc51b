package com.posclearing.layout;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;

/**
 * A separate file that carries a layout's control totals (UnionPay's RD summary beside its ZM detail file): found
 * beside the file by {@code fileName} (the one file-name grammar; its date is the file's date and its {@code *} parts
 * are those of the file's name when both patterns have as many), read as text, its totals on the first line whose
 * first blank-separated value is {@code totalsLabel}. A file whose companion is missing, or whose totals differ, is
 * refused whole.
 *
 * @param fileName    the companion's file-name pattern, e.g. {@code RD2010{yyMMdd}01_*}
 * @param encoding    the companion's character set
 * @param totalsLabel first value of the totals line, e.g. {@code 总计}
 * @param countColumn 1-based blank-separated value holding the number of detail records; 0 = no count
 * @param sums        detail field → the column holding its total
 */
public record Companion(String fileName, Charset encoding, String totalsLabel, int countColumn, Map<String, Sum> sums) {

    /**
     * @param column   1-based blank-separated value on the totals line
     * @param type     {@link FieldType#AMOUNT_YUAN} or {@link FieldType#AMOUNT_FEN}
     * @param negative the column is a debit: its total is compared with the field's sum negated (ZM's fee is D-signed)
     */
    public record Sum(int column, FieldType type, boolean negative) {
        public Sum {
            if (column <= 0) {
                throw new IllegalArgumentException("companion sum column must be 1 or more, got " + column);
            }
            if (type != FieldType.AMOUNT_YUAN && type != FieldType.AMOUNT_FEN) {
                throw new IllegalArgumentException("companion sum type must be amount-yuan or amount-fen, got "
                        + type.yamlName());
            }
        }
    }

    public Companion {
        Objects.requireNonNull(fileName, "companion.fileName");
        Objects.requireNonNull(encoding, "companion.encoding");
        if (totalsLabel == null || totalsLabel.isBlank() || totalsLabel.strip().contains(" ")) {
            throw new IllegalArgumentException("companion.totalsLabel must be one word (the totals line's first value)");
        }
        if (countColumn < 0) {
            throw new IllegalArgumentException("companion.count must be 1 or more");
        }
        sums = Map.copyOf(sums);
        if (countColumn == 0 && sums.isEmpty()) {
            throw new IllegalArgumentException("companion: give count or sums (the totals to check), or remove it");
        }
        FileNamePattern.compile(fileName);
    }

    /** The totals a companion file declares, with where they were read. */
    public record Totals(String fileName, long lineNo, Long count, Map<String, Long> sumsFen) {
        public Totals {
            sumsFen = Map.copyOf(sumsFen);
        }
    }
}
