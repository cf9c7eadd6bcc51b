package com.posclearing.schedule;

import java.nio.file.Path;

/** A job definition that cannot be scheduled: names the file, the key and what is wrong. */
public class JobDefinitionException extends RuntimeException {
    private final transient Path file;
    private final String key;

    public JobDefinitionException(Path file, String key, String reason) {
        super("job definition " + file + ": " + key + ": " + reason);
        this.file = file;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    public String key() {
        return key;
    }
}
