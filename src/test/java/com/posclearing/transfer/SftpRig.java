package com.posclearing.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A served folder, a client key pair, known_hosts and source/target configs for tests against any SFTP server. */
final class SftpRig {
    final Path dir;
    final Path served;
    final Path landing;
    final Path privateKey;
    final String publicKey;
    final Path knownHosts;

    SftpRig(Path dir) throws IOException {
        this.dir = dir;
        this.served = Files.createDirectories(dir.resolve("served"));
        this.landing = dir.resolve("landing");
        this.privateKey = dir.resolve("id_ecdsa");
        this.publicKey = SshKeys.generate(privateKey, "clearing@test");
        this.knownHosts = dir.resolve("known_hosts");
    }

    static Backoff quick(int attempts) {
        return new Backoff(attempts, Duration.ofMillis(100), Duration.ofMillis(400), 2);
    }

    static SourceConfig source(SftpEndpoint ep, String remoteDir, String pattern, Completeness completeness,
                               Duration deadline) {
        return new SourceConfig("posp", ep, remoteDir, pattern, "posp-csv", 1, completeness,
                new Deadline.After(deadline), quick(1), quick(4), 1L << 31);
    }

    static DeliveryTarget target(SftpEndpoint ep, String remoteDir, boolean verifyChecksum) {
        return new DeliveryTarget("bank", ep, remoteDir, verifyChecksum, false, false, quick(3));
    }

    static String sha256(String content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a file under the served root, e.g. {@code put("outbound/a.csv", "x")}. */
    Path put(String relative, String content) throws IOException {
        Path p = served.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }
}
