package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: a small input per built-in layout and the exact parse result, one line per emitted item, kept in
 * {@code src/test/resources/golden/}. {@code -Dgolden.update=true} rewrites the expected files after an intended change.
 */
class GoldenFilesTest {
    @TempDir
    Path config;

    @ParameterizedTest
    @CsvSource({
        "posp-csv, POSP_20261123_N01_001.csv, 2026-11-23",
        "cups-acoma, IND27010132ACOMA, 2027-01-01",
    })
    void parsesExactlyAsTheGoldenFileSays(String layout, String fileName, String date) throws IOException {
        // the ACOMA golden file shows two line rejects in eight rows, far above the built-in limit
        FileParser parser = new FileParser(LineRuleLayouts.load(config));
        Path dir = Path.of("src/test/resources/golden", layout);
        Path input = dir.resolve(fileName);
        VerifiedFile verified = parser.verify(input, fileName);
        CollectingSink sink = new CollectingSink();
        FileResult result = parser.parse(input, fileName, BusinessDate.parse(date), sink);

        List<String> lines = new ArrayList<>();
        lines.add(verified.toString());
        lines.addAll(sink.dump);
        lines.add(result.toString());
        String actual = String.join("\n", lines) + "\n";
        Path expected = dir.resolve(fileName + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
