package com.posclearing.transfer;

/** A transfer failed for good (retries exhausted, authentication refused, …); the message names host and file. */
public class TransferException extends RuntimeException {
    public TransferException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransferException(String message) {
        super(message);
    }
}
