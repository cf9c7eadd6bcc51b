package com.posclearing.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.posclearing.layout.FieldNames;
import com.posclearing.layout.FieldType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/layout.schema.json}, the JSON Schema of the layout language, is generated from the records Jackson binds
 * ({@link LayoutDocument}): this test fails when the file differs from what the records say; run it with
 * {@code -Dschema.refresh=true} to rewrite it. Editors can validate layouts with it; the reader stays the authority
 * (cross-key rules, such as a field's one source or references between record types, are not in the schema).
 */
class LayoutSchemaTest {
    private static final Path SCHEMA = Path.of("docs/layout.schema.json");

    @Test
    void theSchemaBesideTheDocsIsTheOneTheRecordsDefine() throws IOException {
        Map<String, Object> definitions = new LinkedHashMap<>();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://pos-clearing.example/layout.schema.json");
        root.put("title", "pos-clearing layout (config/layouts/*.yaml); see docs/layouts.md");
        root.putAll(object(LayoutDocument.Doc.class, definitions));
        root.put("$defs", definitions);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        if (Boolean.getBoolean("schema.refresh")) {
            Files.writeString(SCHEMA, json, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8)).as("docs/layout.schema.json is stale: run"
                + " LayoutSchemaTest with -Dschema.refresh=true").isEqualTo(json);
    }

    private static Map<String, Object> object(Class<?> record, Map<String, Object> definitions) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            properties.put(c.getName(), schemaOf(record, c.getName(), c.getGenericType(), definitions));
            JsonProperty p = c.getAnnotation(JsonProperty.class);
            if (p == null) {
                p = c.getAccessor().getAnnotation(JsonProperty.class);
            }
            if (p != null && p.required()) {
                required.add(c.getName());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("required", required);
        schema.put("properties", properties);
        return schema;
    }

    private static Object schemaOf(Class<?> owner, String key, Type type, Map<String, Object> definitions) {
        if (owner == LayoutDocument.FieldDoc.class && key.equals("type")) {
            return ordered("enum", Arrays.stream(FieldType.values()).map(FieldType::yamlName).toList());
        }
        if (owner == LayoutDocument.FieldDoc.class && key.equals("name")) {
            return ordered("enum", List.copyOf(FieldNames.all()));
        }
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class) {
                return ordered("type", "array", "items", schemaOf(owner, key, args[0], definitions));
            }
            return ordered("type", "object", "additionalProperties", schemaOf(owner, key, args[1], definitions));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return ordered("type", "string");
        }
        if (c == Integer.class || c == Long.class) {
            return ordered("type", "integer");
        }
        if (c == Boolean.class) {
            return ordered("type", "boolean");
        }
        if (c == BigDecimal.class) {
            return ordered("type", "number");
        }
        if (c.isEnum()) {
            return ordered("enum", Arrays.stream(c.getEnumConstants()).map(e -> e.toString().toLowerCase(Locale.ROOT)).toList());
        }
        String name = c.getSimpleName().replaceFirst("Doc$", "");
        if (!definitions.containsKey(name)) {
            definitions.put(name, ordered());
            definitions.put(name, object(c, definitions));
        }
        return ordered("$ref", "#/$defs/" + name);
    }

    /** A JSON object with its keys in the order given (Map.of's order changes from run to run). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
