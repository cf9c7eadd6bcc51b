package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** {@code ops/settle demo} on the zero-setup default, a fresh H2 file database; the figures are in {@link DemoFigures}. */
class DemoEndToEndIT extends DemoFigures {
    @TempDir
    static Path work;
    static Path out;

    @BeforeAll
    static void runDemo() {
        out = work.resolve("out");
        int code = SettleCommand.execute("demo", "--samples", "sample-files", "--data", work.resolve("data").toString(),
                "--out", out.toString(), "--operator", "e2e");
        assertThat(code).isZero();
    }

    @Override
    Path out() {
        return out;
    }
}
