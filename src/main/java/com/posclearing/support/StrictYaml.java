package com.posclearing.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one reader of pos-clearing's YAML files that bind to records (layouts, retention.yaml): an unknown or misspelt
 * key, a duplicate key, a wrong type or a missing required key fails naming the file, the line and the key path.
 * Values are not coerced: an unquoted 000000 is the number 0, never the text "000000".
 */
public final class StrictYaml {
    private static final YAMLMapper MAPPER = mapper();

    private StrictYaml() {
    }

    private static YAMLMapper mapper() {
        YAMLMapper m = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        // values compared as text must be quoted: an unquoted 000000 is the number 0, never the text "000000"
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return m;
    }

    /**
     * Binds a whole file to {@code type}.
     *
     * @param source the name errors mention, e.g. {@code layouts/cups-zm.yaml}
     */
    public static <T> T read(InputStream in, Class<T> type, String source) {
        String text;
        try {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        try {
            T doc = MAPPER.readValue(text, type);
            if (doc == null) {
                throw new IllegalArgumentException(source + ": the file is empty");
            }
            return doc;
        } catch (DatabindException e) {
            throw new IllegalArgumentException(source + " line " + line(e, text) + ", key " + path(e) + ": " + reason(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " line " + line(e) + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Jackson places an unknown top-level key where the document ends; its own line is more use. */
    private static int line(DatabindException e, String text) {
        if (e instanceof UnrecognizedPropertyException u && u.getPath().size() == 1) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(u.getPropertyName() + ":")) {
                    return i + 1;
                }
            }
        }
        return line(e);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String path(DatabindException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "(top)";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(top)" : sb.toString();
    }

    private static String reason(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = u.getKnownPropertyIds().stream().map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new));
            return "unknown key '" + u.getPropertyName() + "': fix its spelling or remove it; the keys here are " + known;
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        String message = e instanceof JsonMappingException m ? m.getOriginalMessage() : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        if (first.startsWith("Missing required creator property")) {
            return "missing required key " + first.replaceAll(".*'(.*)'.*", "'$1'") + ": add it";
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() == Integer.class) {
            return "expected a whole number, got text: write it without quotes";
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() == String.class) {
            return "expected text: write the value in quotes (an unquoted 000000 is the number 0)";
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName() + " here";
        }
        return first;
    }
}
