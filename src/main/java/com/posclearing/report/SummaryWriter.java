package com.posclearing.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.OutputPaths;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code summary.json}: pretty-printed with two-space indents and LF line ends (not the platform's), members
 * in record declaration order and outcomes in the order given, so the same run gives the same bytes anywhere.
 */
public final class SummaryWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private static final ObjectWriter WRITER = writer();

    public Path write(OutputPaths paths, RunSummary summary) throws IOException {
        if (!summary.businessDate().equals(paths.date())) {
            throw new IllegalArgumentException("summary of " + summary.businessDate() + " into the folder of " + paths.date());
        }
        byte[] json = toJson(summary);
        AtomicFiles.write(paths.summaryJson(), out -> out.write(json));
        return paths.summaryJson();
    }

    /**
     * Rewrites D's {@code summary.json} (temp name, then rename) once delivered: its status becomes the delivery's
     * ({@link DeliverySummary#runStatus()}) and a {@code delivery} member is added last (replaced on a restart or rerun).
     */
    public Path recordDelivery(OutputPaths paths, DeliverySummary delivery) throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(paths.summaryJson().toFile());
        json.put("status", delivery.runStatus());
        json.remove("delivery");
        json.set("delivery", MAPPER.valueToTree(delivery));
        byte[] bytes = toJson(json);
        AtomicFiles.write(paths.summaryJson(), out -> out.write(bytes));
        return paths.summaryJson();
    }

    /** Adds the capabilities' sections after the run's own members (temp name, then rename); null values are left out. */
    public Path addSections(OutputPaths paths, java.util.Map<String, Object> sections) throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(paths.summaryJson().toFile());
        sections.forEach((name, value) -> {
            if (value != null) {
                json.set(name, MAPPER.valueToTree(value));
            }
        });
        byte[] bytes = toJson(json);
        AtomicFiles.write(paths.summaryJson(), out -> out.write(bytes));
        return paths.summaryJson();
    }

    /** The exact bytes written: UTF-8 JSON ending with a line feed. */
    public static byte[] toJson(RunSummary summary) throws IOException {
        return toJson((Object) summary);
    }

    private static byte[] toJson(Object json) throws IOException {
        String text = WRITER.writeValueAsString(json) + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return MAPPER.writer(printer);
    }
}
