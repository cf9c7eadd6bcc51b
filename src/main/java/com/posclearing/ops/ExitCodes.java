package com.posclearing.ops;

import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.InvalidValueException;
import com.posclearing.transfer.TransferException;
import picocli.CommandLine.ParameterException;

/** SPEC 5 exit codes: 0 done; 2 bad usage; 3 an input was rejected; 4 an input did not arrive; 1 other failure. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;
    public static final int INPUT_MISSING = 4;

    private ExitCodes() {
    }

    /** The exit code for a failure, looking through the causes for the first one that says what kind it is. */
    public static int of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException) {
                return INPUT_REJECTED;
            }
            if (t instanceof InputMissingException) {
                return INPUT_MISSING;
            }
            if (t instanceof InvalidValueException || t instanceof UsageException || t instanceof ParameterException) {
                return USAGE;
            }
        }
        return FAILURE;
    }

    /**
     * The plain sentence for a failure: the message of the first exception that names what failed, else the deepest
     * one, never a stack trace. Transfer failures (host key, link down, delivery not verified) are exit 1 and say
     * which file and host themselves; their causes (JSch's) would not.
     */
    public static String sentence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException || t instanceof InputMissingException
                    || t instanceof InvalidValueException || t instanceof UsageException || t instanceof ParameterException
                    || t instanceof TransferException) {
                return t.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg;
    }
}
