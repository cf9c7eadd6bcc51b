package com.posclearing.layout.internal;

import com.posclearing.layout.Layout;
import com.posclearing.support.StrictYaml;
import java.io.InputStream;

/**
 * Reads a layout definition ({@code config/layouts/*.yaml}, language in {@code docs/layouts.md}) by binding it to
 * {@link LayoutDocument} with {@link StrictYaml}: an unknown or misspelt key, a wrong type, a missing required key or a
 * value the engine cannot use fails at start naming the file, the line and the key path.
 */
public final class LayoutYaml {
    private LayoutYaml() {
    }

    /** @param source the name errors mention, e.g. {@code layouts/cups-zm.yaml} */
    public static Layout read(InputStream in, String source) {
        return StrictYaml.read(in, LayoutDocument.Doc.class, source).toLayout();
    }
}
