package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import com.posclearing.reliability.Proves;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limits of an input file, from its layout's {@code wholeFile} (README, Limits): the 2,557-byte POSP sample
 * of 2026-12-30 (15 detail records, 29 lines) under a posp-csv layout whose limits an operator lowered to just below and to
 * exactly what the file has. Over a limit the file is rejected whole, naming the limit and what to do.
 */
@Proves("an input file over its layout's size or record limit is rejected whole, naming it; one at both is read")
class FileLimitsTest {
    private static final String NAME = "POSP_20261230_N01_001.csv";
    private static final Path SAMPLE = Path.of("sample-files", NAME);

    @TempDir
    Path config;

    @Test
    void theShippedLayoutsStateTheirLimits() {
        Layouts shipped = Layouts.load(ConfigFiles.builtIn());
        assertThat(shipped.all()).extracting(l -> l.name() + " " + l.wholeFile().maxFileBytes() + " "
                + l.wholeFile().maxDetailRecords()).contains("posp-csv 68719476736 100000000",
                "cups-acoma 68719476736 100000000");
    }

    @Test
    void aFileLargerThanTheLayoutAllowsIsRejectedBeforeItIsRead() throws IOException {
        FileParser parser = new FileParser(limited("maxFileBytes: 2556"));
        assertThatThrownBy(() -> parser.verify(SAMPLE, NAME)).isInstanceOf(InputRejectedException.class)
                .hasMessage(NAME + ": the file has 2,557 bytes, more than the 2,556 layout posp-csv allows"
                        + " (wholeFile.maxFileBytes): ask the sender to split it, or raise the limit in the layout");
    }

    @Test
    void aFileWithMoreDetailRecordsThanTheLayoutAllowsIsRejectedAtTheFirstOneOver() throws IOException {
        FileParser parser = new FileParser(limited("maxDetailRecords: 14"));
        assertThatThrownBy(() -> parser.verify(SAMPLE, NAME)).isInstanceOf(InputRejectedException.class)
                .hasMessage(NAME + " line 27 field recordType: more than 14 detail records, the most layout posp-csv"
                        + " allows in one file (wholeFile.maxDetailRecords): ask the sender to split it, or raise the"
                        + " limit in the layout");
    }

    @Test
    void aFileExactlyAtBothLimitsIsRead() throws IOException {
        FileParser parser = new FileParser(limited("maxFileBytes: 2557, maxDetailRecords: 15"));
        assertThat(parser.verify(SAMPLE, NAME).lines()).isEqualTo(29);
    }

    private Layouts limited(String limits) throws IOException {
        try (InputStream in = ConfigFiles.builtIn().open("layouts/posp-csv.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).doesNotContain("wholeFile");
            Files.createDirectories(config.resolve("layouts"));
            Files.writeString(config.resolve("layouts/posp-csv.yaml"), yaml + "wholeFile: {" + limits + "}\n",
                    StandardCharsets.UTF_8);
        }
        Layouts layouts = Layouts.load(new ConfigFiles(config));
        assertThat(layouts.byName("posp-csv").wholeFile()).isNotEqualTo(Layout.WholeFile.NONE);
        return layouts;
    }
}
