package com.posclearing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named point inside a step where a test stops the job: with {@code -Dclearing.pause-at=NAME} the process writes
 * {@code NAME.paused} into the data folder and waits there, to be killed (a crash test) or until the test creates
 * {@code NAME.release} (a test watching a run in progress). Off unless that property is set. Where a step has no
 * data folder at hand the folder is {@code -Dclearing.pause-dir}.
 */
public final class PausePoint {
    static final String PROPERTY = "clearing.pause-at";
    static final String DIR_PROPERTY = "clearing.pause-dir";
    private static final long POLL_MILLIS = 100;

    private PausePoint() {
    }

    /** A point in code that has no data folder at hand: it waits in {@code -Dclearing.pause-dir}. */
    public static void reached(String name) {
        if (name.equals(System.getProperty(PROPERTY))) {
            reached(name, Path.of(System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir"))));
        }
    }

    public static void reached(String name, Path dataDir) {
        if (!name.equals(System.getProperty(PROPERTY))) {
            return;
        }
        Path release = dataDir.resolve(name + ".release");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(name + ".paused"), Long.toString(ProcessHandle.current().pid()));
            while (!Files.exists(release)) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
