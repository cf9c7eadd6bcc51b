package com.posclearing.transfer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * OpenSSH's own sshd as a child process for ITs: loopback, a free high port, its own host key, key login only,
 * {@code ForceCommand internal-sftp}. Needs {@code /usr/sbin/sshd} ({@code ops/ci/install-openssh.sh}).
 */
final class OpenSshServer implements AutoCloseable {
    static final Path SSHD = Path.of("/usr/sbin/sshd");
    final Path dir;
    final int port;
    final String user;
    private final Process process;
    private final String hostPublicKey;

    private OpenSshServer(Path dir, int port, String user, Process process, String hostPublicKey) {
        this.dir = dir;
        this.port = port;
        this.user = user;
        this.process = process;
        this.hostPublicKey = hostPublicKey;
    }

    static OpenSshServer start(Path dir, String authorizedKeyLine) throws Exception {
        if (!Files.isExecutable(SSHD)) {
            throw new IllegalStateException(SSHD + " is missing: run ops/ci/install-openssh.sh first");
        }
        Files.createDirectories(dir);
        Files.createDirectories(Path.of("/run/sshd"));
        Path hostKey = dir.resolve("ssh_host_ed25519_key");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "it-host", "-f", hostKey.toString());
        Path authorized = Files.writeString(dir.resolve("authorized_keys"), authorizedKeyLine + "\n");
        String user = System.getProperty("user.name");
        int port = freePort();
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorized,
                "AuthenticationMethods publickey",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "AllowUsers " + user,
                "StrictModes no",
                "UsePAM no",
                "X11Forwarding no",
                "AllowTcpForwarding no",
                "Subsystem sftp internal-sftp",
                "ForceCommand internal-sftp",
                "LogLevel VERBOSE",
                ""));
        Process p = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        String hostPub = Files.readString(Path.of(hostKey + ".pub"), StandardCharsets.US_ASCII).trim();
        OpenSshServer server = new OpenSshServer(dir, port, user, p, hostPub);
        server.awaitListening();
        return server;
    }

    private void awaitListening() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited: " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("sshd did not listen on port " + port);
    }

    Path writeKnownHosts(Path file) throws IOException {
        return Files.writeString(file, "[127.0.0.1]:" + port + " " + hostPublicKey + "\n");
    }

    String log() throws IOException {
        return Files.readString(dir.resolve("sshd.log"));
    }

    SftpEndpoint endpoint(Path privateKey, Path knownHosts) {
        return SftpEndpoint.of("127.0.0.1", port, user, privateKey, knownHosts);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
