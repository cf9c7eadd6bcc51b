package com.posclearing.layout.internal;

import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.FieldType;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RecordSpec;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a layout definition (see {@code config/layouts/*.yaml}); every mistake names the file and the key. */
public final class LayoutYaml {
    private LayoutYaml() {
    }

    public static Layout read(InputStream in, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        try {
            return new LayoutYaml().layout(map(root, "the document"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private Layout layout(Map<String, Object> y) {
        Map<String, RecordSpec> records = new LinkedHashMap<>();
        for (Object r : list(y.get("records"), "records")) {
            RecordSpec spec = record(map(r, "a record"));
            records.put(spec.type(), spec);
        }
        Map<String, Object> st = optMap(y.get("structure"), "structure");
        Layout.Structure structure = st == null ? null : new Layout.Structure(str(st.get("header")),
                str(st.get("batchOpen")), str(st.get("detail")), str(st.get("batchClose")), str(st.get("trailer")));
        return new Layout(req(y, "name"), Layout.Kind.valueOf(req(y, "kind").toUpperCase(Locale.ROOT)),
                Charset.forName(req(y, "encoding")), Layout.Side.valueOf(req(y, "side").toUpperCase(Locale.ROOT)),
                req(y, "fileName"), integer(y.get("maxLineBytes"), "maxLineBytes"), records, structure,
                fieldRef(optMap(y.get("fileDate"), "fileDate")), controlTotals(optMap(y.get("controlTotals"), "controlTotals")),
                wholeFile(optMap(y.get("wholeFile"), "wholeFile")));
    }

    private Layout.WholeFile wholeFile(Map<String, Object> y) {
        if (y == null) {
            return Layout.WholeFile.NONE;
        }
        Set<String> unknown = new TreeSet<>(y.keySet());
        unknown.removeAll(Set.of("lineEnd", "unreadableLine", "maxRejectRatePercent"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("wholeFile: unknown key " + unknown + " (known: lineEnd, unreadableLine, maxRejectRatePercent)");
        }
        String lineEnd = str(y.getOrDefault("lineEnd", "any"));
        String unreadable = str(y.getOrDefault("unreadableLine", "reject-line"));
        if (!Set.of("CRLF", "any").contains(lineEnd) || !Set.of("reject-file", "reject-line").contains(unreadable)) {
            throw new IllegalArgumentException("wholeFile: lineEnd must be CRLF or any, unreadableLine reject-file or reject-line");
        }
        Object rate = y.get("maxRejectRatePercent");
        if (rate != null && !(rate instanceof Number)) {
            throw new IllegalArgumentException("wholeFile.maxRejectRatePercent must be a number, got " + rate);
        }
        // toString: 0.1 stays exactly 0.1, never the binary fraction the YAML parser's double holds
        return new Layout.WholeFile("CRLF".equals(lineEnd), "reject-file".equals(unreadable),
                rate == null ? null : new BigDecimal(rate.toString()));
    }

    private RecordSpec record(Map<String, Object> y) {
        List<FieldSpec> fields = new ArrayList<>();
        for (Object f : list(y.get("fields"), "fields")) {
            fields.add(field(map(f, "a field")));
        }
        return new RecordSpec(req(y, "type"), integer(y.get("minLength"), "minLength"), fields);
    }

    private FieldSpec field(Map<String, Object> y) {
        String name = req(y, "name");
        int minChars = 0;
        int maxChars = 0;
        String chars = str(y.get("chars"));
        if (chars != null) {
            String[] range = chars.split("-");
            minChars = Integer.parseInt(range[0].trim());
            maxChars = Integer.parseInt(range[range.length - 1].trim());
        }
        Map<String, String> valueMap = new LinkedHashMap<>();
        Map<String, Object> rawMap = optMap(y.get("map"), name + ".map");
        if (rawMap != null) {
            rawMap.forEach((k, v) -> valueMap.put(k, quoted(v, name + ".map")));
        }
        List<String> values = new ArrayList<>();
        if (y.get("values") != null) {
            list(y.get("values"), name + ".values").forEach(v -> values.add(quoted(v, name + ".values")));
        }
        return new FieldSpec(name, optInt(y.get("column")), optInt(y.get("position")), optInt(y.get("length")),
                FieldType.fromYaml(req(y, "type")), Boolean.TRUE.equals(y.get("required")), minChars, maxChars,
                valueMap, values, str(y.get("trueValue")));
    }

    private Layout.FieldRef fieldRef(Map<String, Object> y) {
        return y == null ? null : new Layout.FieldRef(req(y, "record"), req(y, "field"));
    }

    private Layout.ControlTotals controlTotals(Map<String, Object> y) {
        if (y == null) {
            return null;
        }
        Map<String, List<String>> counts = new LinkedHashMap<>();
        Map<String, Object> c = optMap(y.get("counts"), "controlTotals.counts");
        if (c != null) {
            c.forEach((field, types) -> counts.put(field, list(types, "controlTotals.counts." + field).stream()
                    .map(t -> quoted(t, "controlTotals.counts." + field)).toList()));
        }
        Map<String, Layout.FieldRef> sums = new LinkedHashMap<>();
        Map<String, Object> s = optMap(y.get("sums"), "controlTotals.sums");
        if (s != null) {
            s.forEach((field, ref) -> sums.put(field, fieldRef(map(ref, "controlTotals.sums." + field))));
        }
        return new Layout.ControlTotals(req(y, "record"), counts, sums);
    }

    /** Values compared as text must be quoted in YAML: 000000 would otherwise become the number 0. */
    private static String quoted(Object v, String key) {
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(key + ": write '" + v + "' in quotes (values are text)");
        }
        return s;
    }

    private static String req(Map<String, Object> y, String key) {
        String v = str(y.get(key));
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int optInt(Object o) {
        return o == null ? 0 : integer(o, "number");
    }

    private static int integer(Object o, String key) {
        if (!(o instanceof Integer i)) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number, got " + o);
        }
        return i;
    }

    private static List<?> list(Object o, String key) {
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return l;
    }

    private static Map<String, Object> optMap(Object o, String key) {
        return o == null ? null : map(o, key);
    }

    private static Map<String, Object> map(Object o, String key) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(key + " must be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
