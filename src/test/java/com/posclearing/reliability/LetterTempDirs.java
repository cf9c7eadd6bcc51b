package com.posclearing.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders named with letters only. JUnit's default names end in a random number of up to 19 digits, which
 * is Luhn-valid one time in ten: the card-number guard then masks it in every message naming a path, and a test
 * comparing such a message fails at random (junit-platform.properties makes this the default).
 */
public final class LetterTempDirs implements TempDirFactory {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return create("junit-");
    }

    /** A new folder in java.io.tmpdir named {@code prefix} and twelve letters. */
    public static Path create(String prefix) throws IOException {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return Files.createDirectory(Path.of(System.getProperty("java.io.tmpdir")).resolve(name.toString()));
    }
}
