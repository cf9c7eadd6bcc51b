package com.posclearing.layout.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.posclearing.layout.Companion;
import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.FieldType;
import com.posclearing.layout.Layout;
import com.posclearing.layout.LayoutRules;
import com.posclearing.layout.RecordSpec;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout language as Jackson binds it: one record per YAML mapping, so every key is declared and any other key
 * is an error. Each record checks itself when it is bound (Jackson then reports the line of the mistake).
 */
final class LayoutDocument {
    private LayoutDocument() {
    }

    record Doc(@JsonProperty(required = true) String name, Map<String, String> info,
               @JsonProperty(required = true) Layout.Kind kind, @JsonProperty(required = true) String encoding,
               @JsonProperty(required = true) Layout.Side side, @JsonProperty(required = true) String fileName,
               @JsonProperty(required = true) Integer maxLineBytes, Csv csv, RecordTypeDoc recordType,
               StructureDoc structure, FieldRefDoc fileDate, ControlTotalsDoc controlTotals, WholeFileDoc wholeFile,
               CompanionDoc companion, @JsonProperty(required = true) List<RecordDoc> records, Layout.Width width) {
        Doc {
            if (csv != null && kind != Layout.Kind.DELIMITED) {
                throw new IllegalArgumentException("csv: is for delimited layouts only");
            }
            layout(name, info, kind, encoding, side, fileName, maxLineBytes, csv, recordType, structure, fileDate,
                    controlTotals, wholeFile, companion, records, width);
        }

        Layout toLayout() {
            return layout(name, info, kind, encoding, side, fileName, maxLineBytes, csv, recordType, structure, fileDate,
                    controlTotals, wholeFile, companion, records, width);
        }

        // static: a compact constructor sees its parameters, not yet its fields
        private static Layout layout(String name, Map<String, String> info, Layout.Kind kind, String encoding,
                                     Layout.Side side, String fileName, Integer maxLineBytes, Csv csv,
                                     RecordTypeDoc recordType, StructureDoc structure, FieldRefDoc fileDate,
                                     ControlTotalsDoc controlTotals, WholeFileDoc wholeFile, CompanionDoc companion,
                                     List<RecordDoc> records, Layout.Width width) {
            Map<String, RecordSpec> specs = new LinkedHashMap<>();
            for (RecordDoc r : records) {
                if (specs.put(r.type(), r.toSpec()) != null) {
                    throw new IllegalArgumentException("two record types are named " + r.type());
                }
            }
            return LayoutRules.check(new Layout(name, info == null ? Map.of() : info, kind, charset(encoding), side, fileName, maxLineBytes,
                    csv == null ? null : csv.toText(), recordType == null ? null : recordType.toDiscriminator(), specs,
                    structure == null ? null : structure.toStructure(), fileDate == null ? null : fileDate.toRef(),
                    controlTotals == null ? null : controlTotals.toTotals(),
                    wholeFile == null ? null : wholeFile.toWholeFile(), companion == null ? null : companion.toCompanion(),
                    width));
        }

        private static Charset charset(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("encoding: unknown character set '" + name + "' (e.g. UTF-8, GBK)");
            }
        }
    }

    /** Delimited files: separator, value prefix, lines around the records. */
    record Csv(String delimiter, String stripPrefix, Integer skipLeading, String comment, Boolean columnNames,
               Footer footer) {
        Csv {
            oneChar(delimiter, "delimiter");
            oneChar(comment, "comment");
            text(delimiter, stripPrefix, skipLeading, comment, columnNames, footer);
        }

        Layout.Text toText() {
            return text(delimiter, stripPrefix, skipLeading, comment, columnNames, footer);
        }

        private static Layout.Text text(String delimiter, String stripPrefix, Integer skipLeading, String comment,
                                        Boolean columnNames, Footer footer) {
            return new Layout.Text(delimiter == null ? ',' : delimiter.charAt(0), stripPrefix,
                    skipLeading == null ? 0 : skipLeading, comment == null ? null : comment.charAt(0),
                    Boolean.TRUE.equals(columnNames), footer == null ? 0 : footer.lines(),
                    footer == null ? null : footer.record());
        }

        private static void oneChar(String v, String key) {
            if (v != null && v.length() != 1) {
                throw new IllegalArgumentException(key + " must be one character, got '" + v + "'");
            }
        }
    }

    record Footer(@JsonProperty(required = true) Integer lines, String record) {
    }

    record RecordTypeDoc(Integer column, Integer position, Integer length, String otherwise) {
        RecordTypeDoc {
            new Layout.Discriminator(orZero(column), orZero(position), orZero(length), otherwise);
        }

        Layout.Discriminator toDiscriminator() {
            return new Layout.Discriminator(orZero(column), orZero(position), orZero(length), otherwise);
        }
    }

    record RecordDoc(@JsonProperty(required = true) String type, @JsonProperty(required = true) Integer minLength,
                     @JsonProperty(required = true) List<FieldDoc> fields, SkipDoc skipWhen) {
        RecordDoc {
            spec(type, minLength, fields, skipWhen);
        }

        RecordSpec toSpec() {
            return spec(type, minLength, fields, skipWhen);
        }

        private static RecordSpec spec(String type, Integer minLength, List<FieldDoc> fields, SkipDoc skipWhen) {
            return new RecordSpec(type, minLength, fields.stream().map(FieldDoc::toSpec).toList(),
                    skipWhen == null ? null : new RecordSpec.Skip(skipWhen.field(), skipWhen.values()));
        }
    }

    record SkipDoc(@JsonProperty(required = true) String field, @JsonProperty(required = true) List<String> values) {
    }

    record FieldDoc(@JsonProperty(required = true) String name, Integer column, String header, Integer position,
                    Integer length, String value, @JsonProperty(required = true) String type, Boolean required,
                    String chars, Map<String, String> map, List<String> values, String trueValue, String pattern,
                    Integer decimals, String zone) {
        FieldDoc {
            toSpec(name, column, header, position, length, value, type, required, chars, map, values, trueValue, pattern,
                    decimals, zone);
        }

        FieldSpec toSpec() {
            return toSpec(name, column, header, position, length, value, type, required, chars, map, values, trueValue,
                    pattern, decimals, zone);
        }

        private static FieldSpec toSpec(String name, Integer column, String header, Integer position, Integer length,
                                        String value, String type, Boolean required, String chars,
                                        Map<String, String> map, List<String> values, String trueValue, String pattern,
                                        Integer decimals, String zone) {
            int minChars = 0;
            int maxChars = 0;
            if (chars != null) {
                if (!chars.matches("\\d+(-\\d+)?")) {
                    throw new IllegalArgumentException("field " + name + ": chars is a length or a range like \"1-12\", got '"
                            + chars + "'");
                }
                String[] range = chars.split("-");
                minChars = Integer.parseInt(range[0]);
                maxChars = Integer.parseInt(range[range.length - 1]);
            }
            FieldType fieldType;
            try {
                fieldType = FieldType.fromYaml(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field " + name + ": " + e.getMessage(), e);
            }
            if (decimals != null && fieldType != FieldType.AMOUNT_YUAN) {
                throw new IllegalArgumentException("field " + name + ": decimals is for type amount-yuan only (a decimal"
                        + " amount; amount-fen is in the minor unit already)");
            }
            return new FieldSpec(name, orZero(column), header, orZero(position), orZero(length), value, fieldType,
                    Boolean.TRUE.equals(required), minChars, maxChars, map == null ? Map.of() : map,
                    values == null ? List.of() : values, trueValue, pattern,
                    decimals == null ? FieldSpec.CNY_DECIMALS : decimals, zone(name, zone));
        }

        private static ZoneId zone(String field, String zone) {
            try {
                return zone == null ? null : ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("field " + field + ": zone '" + zone + "' is no time zone (e.g."
                        + " Asia/Shanghai, Europe/London, +08:00, UTC)");
            }
        }
    }

    record StructureDoc(String header, String batchOpen, String detail, String batchClose, String trailer) {
        Layout.Structure toStructure() {
            return new Layout.Structure(header, batchOpen, detail, batchClose, trailer);
        }
    }

    record FieldRefDoc(@JsonProperty(required = true) String record, @JsonProperty(required = true) String field) {
        Layout.FieldRef toRef() {
            return new Layout.FieldRef(record, field);
        }
    }

    record ControlTotalsDoc(@JsonProperty(required = true) String record, Map<String, List<String>> counts,
                            Map<String, FieldRefDoc> sums) {
        Layout.ControlTotals toTotals() {
            Map<String, Layout.FieldRef> refs = new LinkedHashMap<>();
            if (sums != null) {
                sums.forEach((k, v) -> refs.put(k, v.toRef()));
            }
            return new Layout.ControlTotals(record, counts == null ? Map.of() : counts, refs);
        }
    }

    record WholeFileDoc(String lineEnd, String unreadableLine, BigDecimal maxRejectRatePercent, Long maxFileBytes,
                        Long maxDetailRecords) {
        WholeFileDoc {
            if (lineEnd != null && !List.of("CRLF", "any").contains(lineEnd)) {
                throw new IllegalArgumentException("wholeFile.lineEnd must be CRLF or any, got '" + lineEnd + "'");
            }
            if (unreadableLine != null && !List.of("reject-file", "reject-line").contains(unreadableLine)) {
                throw new IllegalArgumentException("wholeFile.unreadableLine must be reject-file or reject-line, got '"
                        + unreadableLine + "'");
            }
            toWholeFile(lineEnd, unreadableLine, maxRejectRatePercent, maxFileBytes, maxDetailRecords);
        }

        Layout.WholeFile toWholeFile() {
            return toWholeFile(lineEnd, unreadableLine, maxRejectRatePercent, maxFileBytes, maxDetailRecords);
        }

        // static: a compact constructor sees its parameters, not yet its fields
        private static Layout.WholeFile toWholeFile(String lineEnd, String unreadableLine, BigDecimal maxRejectRatePercent,
                                                    Long maxFileBytes, Long maxDetailRecords) {
            return new Layout.WholeFile("CRLF".equals(lineEnd), "reject-file".equals(unreadableLine), maxRejectRatePercent,
                    maxFileBytes == null ? Layout.WholeFile.DEFAULT_MAX_FILE_BYTES : maxFileBytes,
                    maxDetailRecords == null ? Layout.WholeFile.DEFAULT_MAX_DETAIL_RECORDS : maxDetailRecords);
        }
    }

    /** A separate file holding the control totals (ZM's RD summary). */
    record CompanionDoc(@JsonProperty(required = true) String fileName, @JsonProperty(required = true) String encoding,
                        @JsonProperty(required = true) String totalsLabel, Integer count, Map<String, SumDoc> sums) {
        CompanionDoc {
            companion(fileName, encoding, totalsLabel, count, sums);
        }

        Companion toCompanion() {
            return companion(fileName, encoding, totalsLabel, count, sums);
        }

        private static Companion companion(String fileName, String encoding, String totalsLabel,
                                                                  Integer count, Map<String, SumDoc> sums) {
            if (count != null && count <= 0) {
                throw new IllegalArgumentException("companion.count must be 1 or more (a column), got " + count);
            }
            Map<String, Companion.Sum> out = new LinkedHashMap<>();
            if (sums != null) {
                sums.forEach((field, sum) -> out.put(field, sum.toSum()));
            }
            return new Companion(fileName, Doc.charset(encoding), totalsLabel, orZero(count), out);
        }
    }

    record SumDoc(@JsonProperty(required = true) Integer column, @JsonProperty(required = true) String type,
                  Boolean negative) {
        SumDoc {
            toSum(column, type, negative);
        }

        Companion.Sum toSum() {
            return toSum(column, type, negative);
        }

        private static Companion.Sum toSum(Integer column, String type, Boolean negative) {
            return new Companion.Sum(column, FieldType.fromYaml(type), Boolean.TRUE.equals(negative));
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
