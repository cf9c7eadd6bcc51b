package com.posclearing.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LibreOffice's headless converter, to print a workbook as a reader would: skipped locally without
 * {@code /usr/bin/soffice}, a failure in CI ({@code CI=true}; {@code ops/ci/install-libreoffice.sh} installs it).
 */
final class Soffice {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final long TIMEOUT_SECONDS = 120;
    /** A page object; {@code /Type /Pages} is the page tree. */
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");

    private Soffice() {
    }

    static void require() {
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(Files.isExecutable(SOFFICE), "no /usr/bin/soffice: bash ops/ci/install-libreoffice.sh");
        }
    }

    /** Converts {@code file} into {@code outDir}, with a profile of its own so parallel runs don't share one. */
    static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(outDir.resolve("profile"));
        ProcessBuilder pb = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile());
        pb.environment().put("HOME", profile.toString());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice took more than " + TIMEOUT_SECONDS + " s on " + file);
        }
        Path pdf = outDir.resolve(file.getFileName().toString().replaceFirst("\\.[^.]+$", ".pdf"));
        assertThat(pdf).as(Files.readString(outDir.resolve("soffice.log"))).isRegularFile();
        return pdf;
    }

    /** The page objects of a PDF as LibreOffice writes it (no object streams, so each page's dictionary is plain). */
    static int pages(Path pdf) throws IOException {
        Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
