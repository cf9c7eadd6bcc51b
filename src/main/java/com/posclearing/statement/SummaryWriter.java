package com.posclearing.statement;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.posclearing.statement.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code summary.json}: pretty-printed with two-space indents and LF line ends (not the platform's), members
 * in record declaration order and outcomes in the order given, so the same run gives the same bytes anywhere.
 */
public final class SummaryWriter {
    private static final ObjectWriter WRITER = writer();

    public Path write(OutputPaths paths, RunSummary summary) throws IOException {
        if (!summary.businessDate().equals(paths.date())) {
            throw new IllegalArgumentException("summary of " + summary.businessDate() + " into the folder of " + paths.date());
        }
        byte[] json = toJson(summary);
        AtomicFiles.write(paths.summaryJson(), out -> out.write(json));
        return paths.summaryJson();
    }

    /** The exact bytes written: UTF-8 JSON ending with a line feed. */
    public static byte[] toJson(RunSummary summary) throws IOException {
        String text = WRITER.writeValueAsString(summary) + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ObjectWriter writer() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer(printer);
    }
}
