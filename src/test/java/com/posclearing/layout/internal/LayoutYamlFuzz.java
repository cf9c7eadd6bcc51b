package com.posclearing.layout.internal;

import java.io.ByteArrayInputStream;

/**
 * Jazzer fuzz target of the layout language (run by {@code ParserFuzzIT}): any bytes given as a layout file must load
 * or be refused with a sentence naming the file; any other exception is a finding.
 */
public final class LayoutYamlFuzz {
    private static final String SOURCE = "layouts/fuzz.yaml";

    private LayoutYamlFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            LayoutYaml.read(new ByteArrayInputStream(data), SOURCE);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (!e.getMessage().startsWith(SOURCE)) {
                throw new AssertionError("a refusal that does not name the file: " + e.getMessage(), e);
            }
        }
    }
}
