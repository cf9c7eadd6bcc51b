package com.posclearing.transfer;

import java.util.Objects;

/**
 * Where delivered files go.
 *
 * @param name           the name deliveries are recorded under (e.g. {@code bank}, {@code statements:direct:1023...})
 * @param verifyChecksum re-read the uploaded file and compare its SHA-256 (the payout file), not only its size
 * @param replace        may a file of the same name with other content replace an earlier delivery (statements
 *                       after a rerun) — never for the bank's payout file
 * @param createFolder   create {@code remoteDir} when it does not exist (per-merchant folders)
 */
public record DeliveryTarget(String name, SftpEndpoint endpoint, String remoteDir, boolean verifyChecksum,
                             boolean replace, boolean createFolder, Backoff retries) {

    public DeliveryTarget {
        SftpEndpoint.require(name != null && !name.isBlank(), "delivery name", "missing");
        Objects.requireNonNull(endpoint, "endpoint");
        SftpEndpoint.require(remoteDir != null && remoteDir.startsWith("/"), "remoteDir",
                "expected an absolute folder in delivery " + name + ", got '" + remoteDir + "'");
        Objects.requireNonNull(retries, "retries");
    }

    public String describe() {
        return name + " (sftp://" + endpoint.describe() + remoteDir + ")";
    }
}
