package com.posclearing.ingest;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.layout.Layouts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built-in layouts with cups-acoma's reject limit raised to 100 %, as an operator would in a {@code --config}
 * folder's {@code layouts/cups-acoma.yaml}: a tiny file's one bad row then shows the line rule alone.
 */
final class LineRuleLayouts {
    private LineRuleLayouts() {
    }

    static Layouts load(Path configDir) {
        try (InputStream in = ConfigFiles.builtIn().open("layouts/cups-acoma.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String lifted = yaml.replace("maxRejectRatePercent: 0.1}", "maxRejectRatePercent: 100}");
            if (lifted.equals(yaml)) {
                throw new IllegalStateException("cups-acoma.yaml no longer has maxRejectRatePercent: 0.1");
            }
            Files.createDirectories(configDir.resolve("layouts"));
            Files.writeString(configDir.resolve("layouts/cups-acoma.yaml"), lifted, StandardCharsets.UTF_8);
            return Layouts.load(new ConfigFiles(configDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
