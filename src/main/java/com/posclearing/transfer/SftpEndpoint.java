package com.posclearing.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to log in: one SFTP server account. Key authentication; a password only from the environment
 * variable {@code passwordEnv} (never from a file). {@code insecureHostKeys} turns strict host-key checking off
 * and is logged as a WARN on every connection and shown by {@code status}.
 */
public record SftpEndpoint(String host, int port, String user, Path privateKey, String passphraseEnv,
                           Path knownHosts, String passwordEnv, boolean insecureHostKeys,
                           Duration connectTimeout, Duration readTimeout) {

    public SftpEndpoint {
        require(host != null && !host.isBlank(), "host", "missing");
        require(port > 0 && port < 65536, "port", "expected 1..65535, got " + port);
        require(user != null && !user.isBlank(), "user", "missing");
        require(privateKey != null || passwordEnv != null, "privateKey", "missing (key authentication is the norm)");
        require(knownHosts != null || insecureHostKeys, "knownHosts",
                "missing (strict host-key checking needs a known_hosts file)");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        require(!connectTimeout.isNegative() && !connectTimeout.isZero(), "connectTimeout", "must be positive");
        require(!readTimeout.isNegative() && !readTimeout.isZero(), "readTimeout", "must be positive");
    }

    /** A key-authenticated endpoint with strict host-key checking and 30 s / 60 s timeouts. */
    public static SftpEndpoint of(String host, int port, String user, Path privateKey, Path knownHosts) {
        return new SftpEndpoint(host, port, user, privateKey, null, knownHosts, null, false,
                Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    public SftpEndpoint withInsecureHostKeys(boolean insecure) {
        return new SftpEndpoint(host, port, user, privateKey, passphraseEnv, knownHosts, passwordEnv, insecure,
                connectTimeout, readTimeout);
    }

    public SftpEndpoint withTimeouts(Duration connect, Duration read) {
        return new SftpEndpoint(host, port, user, privateKey, passphraseEnv, knownHosts, passwordEnv,
                insecureHostKeys, connect, read);
    }

    /** {@code user@host:port}, for messages (never a secret). */
    public String describe() {
        return user + "@" + host + ":" + port;
    }

    static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new IllegalArgumentException("sftp " + field + ": " + reason);
        }
    }
}
