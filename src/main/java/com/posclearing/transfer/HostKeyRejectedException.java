package com.posclearing.transfer;

/**
 * The server's host key is not the one in known_hosts (unknown or changed). Never retried: it names host:port and
 * the SHA-256 fingerprint the server offered, for the operator to check out of band.
 */
public class HostKeyRejectedException extends TransferException {
    public HostKeyRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
