package com.posclearing.ops;

/** A command that cannot be carried out as typed (exit code 2), with what to type instead. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
