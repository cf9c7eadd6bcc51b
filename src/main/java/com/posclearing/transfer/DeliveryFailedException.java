package com.posclearing.transfer;

/** A delivery did not complete or did not verify after all retries: the remote file must not be relied on. */
public class DeliveryFailedException extends TransferException {
    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
