package com.posclearing.ops;

import com.posclearing.transfer.EmbeddedSftpServer;
import com.posclearing.transfer.TransferConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's SFTP world, so the demo runs the real path end to end: an embedded server (loopback, random port,
 * generated host key pinned in a known_hosts file, generated client key) whose folder {@code sftp/} under the demo's
 * data folder plays both the POS front system ({@code /posp/outbound}, each file with its {@code .ok} marker) and
 * the bank ({@code /bank/download} holds the ACOMA files; the payout file is delivered to {@code /bank/upload/payout});
 * statements go to {@code /merchants/{merchantId}/statements/{yyyyMMdd}}. It writes the {@code sources.yaml} naming all that.
 */
final class DemoSftp implements AutoCloseable {
    static final String USER = "clearing";
    static final String POSP_DIR = "posp/outbound";
    static final String BANK_DIR = "bank/download";
    static final String PAYOUT_DIR = "bank/upload/payout";

    private final EmbeddedSftpServer server;
    private final Path root;

    private DemoSftp(EmbeddedSftpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /**
     * Copies the sample inputs into the server's folder, starts it and writes {@code configDir/sources.yaml}.
     *
     * @param deadline how long a run waits for a missing input before it ends with exit code 4
     */
    static DemoSftp start(Path samples, Path dataDir, Path configDir, Duration deadline) throws IOException {
        Path root = dataDir.resolve("sftp").toAbsolutePath().normalize();
        Path keys = dataDir.resolve("sftp-keys").toAbsolutePath().normalize();
        for (String dir : List.of(POSP_DIR, BANK_DIR, PAYOUT_DIR, "merchants")) {
            Files.createDirectories(root.resolve(dir));
        }
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.matches("POSP_\\d{8}_.+\\.csv")) {
                    Files.copy(f, root.resolve(POSP_DIR).resolve(name));
                    Files.createFile(root.resolve(POSP_DIR).resolve(name + ".ok")); // the sender's "complete" marker
                } else if (name.matches("IND\\d{6}32ACOMA")) {
                    Files.copy(f, root.resolve(BANK_DIR).resolve(name));
                }
            }
        }
        EmbeddedSftpServer server = EmbeddedSftpServer.startDemo(root, keys, USER);
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve(TransferConfig.FILE), sourcesYaml(server.port(), keys, deadline),
                StandardCharsets.UTF_8);
        return new DemoSftp(server, root);
    }

    Path root() {
        return root;
    }

    int port() {
        return server.port();
    }

    String describe() {
        return "sftp://" + USER + "@" + server.host() + ":" + server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    private static String sourcesYaml(int port, Path keys, Duration deadline) {
        String endpoint = """
                    host: 127.0.0.1
                    port: @PORT@
                    user: @USER@
                    privateKey: @KEY@
                    knownHosts: @KNOWN@
                """;
        String e = endpoint.replace("@PORT@", Integer.toString(port)).replace("@USER@", USER)
                .replace("@KEY@", quoted(keys.resolve("id_ecdsa"))).replace("@KNOWN@", quoted(keys.resolve("known_hosts")));
        String fast = "{attempts: 3, initial: 250ms, max: 1s, multiplier: 2}";
        return "# Written by ops/settle demo for its embedded SFTP server; strict host-key checking as in production.\n"
                + "sources:\n"
                + "  - name: posp\n" + e
                + "    remoteDir: /" + POSP_DIR + "\n"
                + "    pattern: \"POSP_{yyyyMMdd}_*_*.csv\"\n    layout: posp-csv\n"
                + "    completeness: {rule: marker, suffix: .ok}\n"
                + "    deadline: {after: " + deadline.toMillis() + "ms}\n"
                + "    poll: {initial: 250ms, max: 1s, multiplier: 2}\n    retries: " + fast + "\n"
                + "  - name: cups-acoma\n" + e
                + "    remoteDir: /" + BANK_DIR + "\n"
                + "    pattern: \"IND{yyMMdd}32ACOMA\"\n    layout: cups-acoma\n"
                + "    completeness: {rule: stable-size, interval: 300ms}\n"
                + "    deadline: {after: " + deadline.toMillis() + "ms}\n"
                + "    poll: {initial: 250ms, max: 1s, multiplier: 2}\n    retries: " + fast + "\n"
                + "deliveries:\n"
                + "  bank:\n" + e
                + "    remoteDir: /" + PAYOUT_DIR + "\n    verifyChecksum: true\n    replace: false\n    retries: " + fast + "\n"
                + "  merchantGroups:\n"
                + "    - name: direct\n      merchants: [\"*\"]\n" + e.replace("    ", "      ")
                + "      remoteDir: \"/merchants/{merchantId}/statements\"\n      createFolder: true\n      replace: true\n"
                + "      retries: " + fast + "\n";
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
