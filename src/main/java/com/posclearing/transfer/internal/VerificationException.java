package com.posclearing.transfer.internal;

/** A transferred file is not what the other side holds (size or SHA-256); retried, then reported. */
public final class VerificationException extends Exception {
    public VerificationException(String message) {
        super(message);
    }
}
