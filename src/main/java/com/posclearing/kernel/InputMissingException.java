package com.posclearing.kernel;

/** An input did not arrive by its deadline (exit code 4): names the file and where it was expected. */
public class InputMissingException extends RuntimeException {
    public InputMissingException(String message) {
        super(message);
    }
}
