package com.posclearing.transfer.internal;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.posclearing.transfer.HostKeyRejectedException;
import com.posclearing.transfer.SftpEndpoint;
import com.posclearing.transfer.TransferException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens JSch SFTP connections with a fixed, modern algorithm set: no SHA-1 {@code ssh-rsa}, no CBC, no SHA-1 MACs,
 * strict key exchange (Terrapin counter-measure) offered and used whenever the server offers it too.
 */
public final class SftpConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SftpConnector.class);
    static final String HOST_KEY_ALGORITHMS = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,"
            + "ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256";
    static final String CIPHERS = "aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr";
    static final String MACS = "hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha2-256,hmac-sha2-512";
    static final String KEX = "curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,"
            + "ecdh-sha2-nistp521,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,"
            + "diffie-hellman-group14-sha256";

    private final UnaryOperator<String> env;

    /** @param env reads environment variables (passwords and passphrases come only from there) */
    public SftpConnector(UnaryOperator<String> env) {
        this.env = env;
    }

    /** The algorithm settings every session gets (also asserted by tests). */
    static Properties algorithms(boolean insecureHostKeys, boolean password) {
        Properties p = new Properties();
        p.put("StrictHostKeyChecking", insecureHostKeys ? "no" : "yes");
        p.put("server_host_key", HOST_KEY_ALGORITHMS);
        p.put("PubkeyAcceptedAlgorithms", HOST_KEY_ALGORITHMS);
        p.put("cipher.s2c", CIPHERS);
        p.put("cipher.c2s", CIPHERS);
        p.put("mac.s2c", MACS);
        p.put("mac.c2s", MACS);
        p.put("kex", KEX);
        p.put("enable_strict_kex", "yes");
        p.put("require_strict_kex", "no");
        p.put("compression.s2c", "none");
        p.put("compression.c2s", "none");
        p.put("PreferredAuthentications", password ? "publickey,password" : "publickey");
        return p;
    }

    /**
     * Connects and logs in. A host-key refusal throws {@link HostKeyRejectedException} (never retried), a refused
     * login {@link TransferException}; a network failure throws the {@link JSchException} for the caller to retry.
     */
    public SftpConnection open(SftpEndpoint ep) throws JSchException {
        JSch jsch = new JSch();
        if (ep.privateKey() != null) {
            if (!Files.isReadable(ep.privateKey())) {
                throw new TransferException("private key file " + ep.privateKey() + " for " + ep.describe()
                        + " is missing or unreadable");
            }
            String pass = ep.passphraseEnv() == null ? null : requireEnv(ep.passphraseEnv(), ep);
            jsch.addIdentity(ep.privateKey().toString(), pass == null ? null : pass.getBytes(StandardCharsets.UTF_8));
        }
        if (ep.knownHosts() != null) {
            if (!Files.isReadable(ep.knownHosts())) {
                throw new TransferException("known_hosts file " + ep.knownHosts() + " for " + ep.describe()
                        + " is missing or unreadable");
            }
            jsch.setKnownHosts(ep.knownHosts().toString());
        }
        CheckingHostKeyRepository hostKeys = new CheckingHostKeyRepository(
                ep.knownHosts() == null ? null : jsch.getHostKeyRepository(), ep.insecureHostKeys());
        if (ep.insecureHostKeys()) {
            LOG.warn("INSECURE: strict host-key checking is turned OFF for {} by configuration (insecureHostKeys)",
                    ep.describe());
        }
        Session session = jsch.getSession(ep.user(), ep.host(), ep.port());
        session.setHostKeyRepository(hostKeys);
        session.setConfig(algorithms(ep.insecureHostKeys(), ep.passwordEnv() != null));
        if (ep.passwordEnv() != null) {
            session.setPassword(requireEnv(ep.passwordEnv(), ep).getBytes(StandardCharsets.UTF_8));
        }
        session.setTimeout(Math.toIntExact(ep.readTimeout().toMillis()));
        try {
            session.connect(Math.toIntExact(ep.connectTimeout().toMillis()));
        } catch (JSchException e) {
            session.disconnect();
            String refusal = hostKeys.refusal(ep.host() + ":" + ep.port(), String.valueOf(ep.knownHosts()));
            if (refusal != null) {
                throw new HostKeyRejectedException(refusal, e);
            }
            if (String.valueOf(e.getMessage()).startsWith("Auth")) {
                throw new TransferException("login to " + ep.describe() + " refused (" + e.getMessage()
                        + "); check the key " + ep.privateKey() + " is authorized there", e);
            }
            throw e;
        }
        try {
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(Math.toIntExact(ep.connectTimeout().toMillis()));
            return new SftpConnection(session, sftp, ep.describe());
        } catch (JSchException | RuntimeException e) {
            session.disconnect();
            throw e;
        }
    }

    private String requireEnv(String name, SftpEndpoint ep) {
        String v = env.apply(name);
        if (v == null || v.isEmpty()) {
            throw new TransferException("environment variable " + name + " (secret for " + ep.describe()
                    + ") is not set");
        }
        return v;
    }
}
