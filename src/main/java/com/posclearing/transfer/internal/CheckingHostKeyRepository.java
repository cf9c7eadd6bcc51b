package com.posclearing.transfer.internal;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the known_hosts repository to remember what the server offered, so a refusal can name the host and the
 * fingerprint. In insecure mode every key is accepted — with a WARN each time — and nothing is ever added.
 */
final class CheckingHostKeyRepository implements HostKeyRepository {
    private static final Logger LOG = LoggerFactory.getLogger(CheckingHostKeyRepository.class);
    private final HostKeyRepository known;
    private final boolean insecure;
    private volatile int outcome = -1;
    private volatile byte[] offered;

    CheckingHostKeyRepository(HostKeyRepository known, boolean insecure) {
        this.known = known;
        this.insecure = insecure;
    }

    @Override
    public int check(String host, byte[] key) {
        offered = key.clone();
        outcome = known == null ? NOT_INCLUDED : known.check(host, key);
        if (insecure) {
            LOG.warn("INSECURE: host-key checking is OFF for {} (insecureHostKeys: true); accepting {} {} ({})",
                    host, Fingerprints.keyType(key), Fingerprints.sha256(key), outcomeText());
            return OK;
        }
        return outcome;
    }

    /** Non-null when the server's key was checked and not accepted. */
    String refusal(String hostPort, String knownHostsFile) {
        if (offered == null || outcome == OK || outcome == -1 || insecure) {
            return null;
        }
        return "host key of " + hostPort + " refused: " + outcomeText() + " in " + knownHostsFile
                + "; the server offered " + Fingerprints.keyType(offered) + " " + Fingerprints.sha256(offered)
                + ". Check that fingerprint with the server's operator before adding it to known_hosts.";
    }

    private String outcomeText() {
        return switch (outcome) {
            case OK -> "known";
            case CHANGED -> "the key has CHANGED from the one";
            default -> "unknown (not listed)";
        };
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // never learn keys implicitly: known_hosts is maintained by operators
    }

    @Override
    public void remove(String host, String type) {
        // known_hosts is read-only here
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // known_hosts is read-only here
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return known == null ? "none" : known.getKnownHostsRepositoryID();
    }

    @Override
    public HostKey[] getHostKey() {
        return known == null ? new HostKey[0] : known.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return known == null ? new HostKey[0] : known.getHostKey(host, type);
    }
}
