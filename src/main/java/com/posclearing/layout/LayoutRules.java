package com.posclearing.layout;

import java.util.ArrayList;
import java.util.List;

/** The checks that span a whole layout: references between its parts, field names, what the mapper needs. */
public final class LayoutRules {
    private LayoutRules() {
    }

    /** @return the layout, when it passes */
    public static Layout check(Layout l) {
        String at = "layout " + l.name() + ": ";
        for (RecordSpec r : l.records().values()) {
            for (FieldSpec f : r.fields()) {
                fieldFitsKind(l, r, f, at);
            }
        }
        Layout.Structure s = l.structure();
        if (s != null) {
            for (String type : new String[] {s.header(), s.batchOpen(), s.detail(), s.batchClose(), s.trailer()}) {
                recordExists(l, type, at + "structure");
            }
        }
        if (l.recordType() != null) {
            recordExists(l, l.recordType().otherwise(), at + "recordType.otherwise");
            if ((l.kind() == Layout.Kind.DELIMITED) != (l.recordType().column() > 0)) {
                throw new IllegalArgumentException(at + "recordType of a " + l.kind().name().toLowerCase() + " layout"
                        + " needs " + (l.kind() == Layout.Kind.DELIMITED ? "a column" : "a position and a length"));
            }
        }
        recordExists(l, l.text().footerRecord(), at + "csv.footer.record");
        if (l.fileDate() != null) {
            fieldExists(l, l.fileDate(), at + "fileDate");
        }
        if (l.controlTotals() != null) {
            Layout.ControlTotals t = l.controlTotals();
            recordExists(l, t.record(), at + "controlTotals.record");
            t.counts().forEach((field, types) -> {
                fieldExists(l, new Layout.FieldRef(t.record(), field), at + "controlTotals.counts");
                types.forEach(type -> recordExists(l, type, at + "controlTotals.counts." + field));
            });
            t.sums().forEach((field, ref) -> {
                fieldExists(l, new Layout.FieldRef(t.record(), field), at + "controlTotals.sums");
                fieldExists(l, ref, at + "controlTotals.sums." + field);
            });
        }
        if (l.companion() != null) {
            RecordSpec detail = l.records().get(l.detailType());
            l.companion().sums().keySet().stream().filter(f -> !detail.has(f)).findFirst().ifPresent(f -> {
                throw new IllegalArgumentException(at + "companion.sums." + f + ": the detail record " + detail.type()
                        + " has no field " + f + " to sum");
            });
            if (l.companion().fileName().equals(l.fileName())) {
                throw new IllegalArgumentException(at + "companion.fileName is the layout's own fileName " + l.fileName());
            }
        }
        l.records().values().stream().filter(r -> r.skipWhen() != null && !r.type().equals(l.detailType())).findFirst()
                .ifPresent(r -> {
                    throw new IllegalArgumentException(at + "record " + r.type() + ", skipWhen: only the detail record "
                            + l.detailType() + " has rows to skip");
                });
        mapperNeeds(l, at);
        return l;
    }

    private static void fieldFitsKind(Layout l, RecordSpec r, FieldSpec f, String at) {
        String where = at + "record " + r.type() + ", field " + f.name() + ": ";
        if (!FieldNames.known(f.name())) {
            String near = FieldNames.nearest(f.name());
            throw new IllegalArgumentException(where + "'" + f.name() + "' is no canonical field name"
                    + (near == null ? "" : " (did you mean '" + near + "'?)") + "; the names are listed in docs/layouts.md");
        }
        boolean delimited = l.kind() == Layout.Kind.DELIMITED;
        if (delimited && f.position() > 0) {
            throw new IllegalArgumentException(where + "a delimited layout places fields by column or header, not position");
        }
        if (!delimited && (f.column() > 0 || f.header() != null)) {
            throw new IllegalArgumentException(where + "a fixed layout places fields by position and length, not column");
        }
        if (f.header() != null && !l.text().columnNames()) {
            throw new IllegalArgumentException(where + "header needs csv.columnNames: true (a header row naming the columns)");
        }
    }

    private static void recordExists(Layout l, String type, String key) {
        if (type != null && !l.records().containsKey(type)) {
            throw new IllegalArgumentException(key + ": no record type " + type + "; the layout has " + l.records().keySet());
        }
    }

    private static void fieldExists(Layout l, Layout.FieldRef ref, String key) {
        recordExists(l, ref.record(), key);
        if (!l.records().get(ref.record()).has(ref.field())) {
            throw new IllegalArgumentException(key + ": record type " + ref.record() + " has no field " + ref.field());
        }
    }

    /** A layout that cannot give the mapper a transaction (or a match key) is refused at start, not on every line. */
    private static void mapperNeeds(Layout l, String at) {
        RecordSpec detail = l.records().get(l.detailType());
        List<String> missing = new ArrayList<>();
        List<String> needed = l.side() == Layout.Side.TERMINAL ? FieldNames.TERMINAL_REQUIRED : FieldNames.BANK_REQUIRED;
        needed.stream().filter(n -> !detail.has(n)).forEach(missing::add);
        if (l.side() == Layout.Side.BANK && !detail.has("txnType") && !(detail.has("mti") && detail.has("processingCode"))) {
            missing.add("txnType (or mti and processingCode)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(at + "the " + l.side().name().toLowerCase() + " detail record "
                    + detail.type() + " lacks " + missing + " (a transaction and its match key need them)");
        }
    }
}
