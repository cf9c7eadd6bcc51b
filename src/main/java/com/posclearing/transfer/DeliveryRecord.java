package com.posclearing.transfer;

import java.time.Instant;
import java.util.Objects;

/** A verified delivery: which file (name + SHA-256), to which target, where, when. */
public record DeliveryRecord(String fileName, String sha256, long sizeBytes, String target, String remotePath,
                             Instant deliveredAt) {
    public DeliveryRecord {
        Objects.requireNonNull(fileName, "fileName");
        SftpEndpoint.require(sha256 != null && sha256.matches("[0-9a-f]{64}"), "sha256", "expected 64 hex digits");
        SftpEndpoint.require(sizeBytes >= 0, "sizeBytes", "negative");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(remotePath, "remotePath");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
