package com.posclearing.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server in the JVM (Apache MINA SSHD) for the demo and the tests: loopback only, a random port (kept
 * across restarts), a generated ECDSA host key, public-key login of one user whose key is given, and a virtual
 * root folder. {@link #writeKnownHosts} gives clients the line strict host-key checking needs.
 */
public final class EmbeddedSftpServer implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private final Path root;
    private final String user;
    private final PublicKey authorizedKey;
    private final List<SftpEventListener> listeners = new ArrayList<>();
    private KeyPair hostKey;
    private SshServer server;
    private int port;

    /**
     * @param root          the folder clients see as {@code /}
     * @param authorizedKey an OpenSSH public key line or {@code .pub} file content of the one key allowed to log in
     */
    public EmbeddedSftpServer(Path root, String user, String authorizedKey) {
        this.root = Objects.requireNonNull(root, "root");
        this.user = Objects.requireNonNull(user, "user");
        try {
            this.authorizedKey = AuthorizedKeyEntry.parseAuthorizedKeyEntry(authorizedKey.trim())
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the authorized key: " + e.getMessage(), e);
        }
        this.hostKey = newHostKey();
    }

    /**
     * The demo's set-up in one call: generates a client key {@code keyDir/id_ecdsa}, starts a server for
     * {@code user} serving {@code root}, writes {@code keyDir/known_hosts}. Use {@link #endpoint(Path, Path)} with
     * those two files (or {@link #demoEndpoint(Path)}).
     */
    public static EmbeddedSftpServer startDemo(Path root, Path keyDir, String user) {
        try {
            Files.createDirectories(keyDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + keyDir, e);
        }
        String pub = SshKeys.generate(keyDir.resolve("id_ecdsa"), user + "@demo");
        EmbeddedSftpServer server = new EmbeddedSftpServer(root, user, pub).start();
        server.writeKnownHosts(keyDir.resolve("known_hosts"));
        return server;
    }

    /** The endpoint matching {@link #startDemo}'s key folder. */
    public SftpEndpoint demoEndpoint(Path keyDir) {
        return endpoint(keyDir.resolve("id_ecdsa"), keyDir.resolve("known_hosts"));
    }

    /** Observes (or, in tests, disturbs) SFTP operations; applies from the next {@link #start()}. */
    public synchronized EmbeddedSftpServer addListener(SftpEventListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Starts on a random loopback port the first time, on the same port after a {@link #stop()}. */
    public synchronized EmbeddedSftpServer start() {
        if (server != null) {
            return this;
        }
        SshServer s = SshServer.setUpDefaultServer();
        s.setHost(HOST);
        s.setPort(port);
        s.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        s.setPasswordAuthenticator(null);
        s.setKeyboardInteractiveAuthenticator(null);
        s.setPublickeyAuthenticator((u, key, session) -> user.equals(u) && KeyUtils.compareKeys(authorizedKey, key));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        listeners.forEach(sftp::addSftpEventListener);
        s.setSubsystemFactories(List.of(sftp));
        s.setFileSystemFactory(new VirtualFileSystemFactory(root));
        try {
            s.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded SFTP server on " + HOST + ":" + port, e);
        }
        server = s;
        port = s.getPort();
        return this;
    }

    /** Stops at once, cutting open sessions (as a crashed or restarted server would). */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop the embedded SFTP server", e);
            } finally {
                server = null;
            }
        }
    }

    /** Replaces the host key (takes effect at the next start): what a re-installed or impostor server looks like. */
    public synchronized void newHostKeyOnNextStart() {
        hostKey = newHostKey();
    }

    public String host() {
        return HOST;
    }

    public synchronized int port() {
        return port;
    }

    public Path root() {
        return root;
    }

    public String user() {
        return user;
    }

    /** {@code [127.0.0.1]:port ecdsa-sha2-nistp256 AAAA…}: the known_hosts line of the current host key. */
    public synchronized String knownHostsLine() {
        return "[" + HOST + "]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    /** OpenSSH-style {@code SHA256:…} fingerprint of the current host key. */
    public synchronized String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** Writes a known_hosts file holding this server's key (start first: the line names the port). */
    public Path writeKnownHosts(Path file) {
        try {
            Files.writeString(file, knownHostsLine() + "\n", StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A client endpoint for this server's user, with strict host-key checking against {@code knownHosts}. */
    public SftpEndpoint endpoint(Path privateKey, Path knownHosts) {
        return SftpEndpoint.of(HOST, port(), user, privateKey, knownHosts);
    }

    @Override
    public void close() {
        stop();
    }

    private static KeyPair newHostKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an ECDSA host key", e);
        }
    }
}
