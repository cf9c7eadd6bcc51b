package com.posclearing.transfer;

import com.posclearing.kernel.Sha256;
import com.posclearing.transfer.internal.Remote;
import com.posclearing.transfer.internal.SftpConnection;
import com.posclearing.transfer.internal.SftpConnector;
import com.posclearing.transfer.internal.Sleeper;
import com.posclearing.transfer.internal.VerificationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a file to a target: to a temp name, verified there (size; SHA-256 re-read when the target asks for it),
 * renamed to its final name, verified again by size. A failed step is retried on a new connection; when all
 * attempts fail, {@link DeliveryFailedException}. A file already delivered with the same SHA-256 is not sent again.
 * For the payout pair deliver the {@code .csv} first, then the {@code .ctl} (the bank reads the ctl as "complete").
 */
public final class SftpDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(SftpDelivery.class);
    private final DeliveryLog log;
    private final SftpConnector connector;
    private final Clock clock;

    public SftpDelivery(DeliveryLog log) {
        this(log, Clock.systemUTC(), System::getenv);
    }

    public SftpDelivery(DeliveryLog log, Clock clock, UnaryOperator<String> env) {
        this.log = Objects.requireNonNull(log, "log");
        this.connector = new SftpConnector(Objects.requireNonNull(env, "env"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Delivers {@code localFile}; returns the record of this delivery or of the earlier identical one. */
    public DeliveryRecord deliver(Path localFile, DeliveryTarget target) {
        String name = localFile.getFileName().toString();
        String sha;
        long size;
        try {
            sha = Sha256.of(localFile);
            size = Files.size(localFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + localFile + " for delivery to " + target.describe(), e);
        }
        Optional<DeliveryRecord> earlier = log.lookup(name, target.name());
        if (earlier.isPresent() && earlier.get().sha256().equals(sha)) {
            LOG.info("{} already delivered to {} at {} (same sha256): nothing to do", name, target.name(),
                    earlier.get().deliveredAt());
            return earlier.get();
        }
        if (earlier.isPresent() && !target.replace()) {
            throw new DeliveryFailedException(name + " was already delivered to " + target.describe() + " at "
                    + earlier.get().deliveredAt() + " with other content (sha256 " + earlier.get().sha256()
                    + "); this target does not take replacements — an operator must agree the correction with the"
                    + " receiver", null);
        }
        String dir = target.remoteDir().endsWith("/") ? target.remoteDir() : target.remoteDir() + "/";
        String finalPath = dir + name;
        String tempPath = dir + "." + name + ".part";
        Remote remote = new Remote(connector, target.endpoint(), target.retries(), Sleeper.REAL);
        remote.call("deliver " + name + " to " + target.name(),
                c -> uploadOnce(c, localFile, target, dir, tempPath, finalPath, size, sha),
                DeliveryFailedException::new);
        DeliveryRecord done = new DeliveryRecord(name, sha, size, target.name(), finalPath, clock.instant());
        log.record(done);
        LOG.info("delivered {} ({} bytes, sha256 {}) to {}", name, size, sha, target.describe());
        return done;
    }

    private static Void uploadOnce(SftpConnection c, Path localFile, DeliveryTarget target, String dir,
                                   String tempPath, String finalPath, long size, String sha)
            throws com.jcraft.jsch.SftpException, IOException, VerificationException {
        if (target.createFolder()) {
            c.mkdirs(dir);
        }
        try {
            c.upload(localFile, tempPath);
            verify(c, tempPath, size, target.verifyChecksum() ? sha : null);
            c.rename(tempPath, finalPath);
        } catch (VerificationException | com.jcraft.jsch.SftpException | IOException e) {
            removeQuietly(c, tempPath);
            throw e;
        }
        verify(c, finalPath, size, null);
        return null;
    }

    private static void verify(SftpConnection c, String path, long size, String sha)
            throws com.jcraft.jsch.SftpException, IOException, VerificationException {
        long remoteSize = c.size(path);
        if (remoteSize != size) {
            throw new VerificationException("remote " + path + " holds " + remoteSize + " bytes, sent " + size);
        }
        if (sha != null) {
            String remoteSha = c.sha256(path);
            if (!remoteSha.equals(sha)) {
                throw new VerificationException("remote " + path + " re-read has sha256 " + remoteSha + ", sent " + sha);
            }
        }
    }

    private static void removeQuietly(SftpConnection c, String path) {
        try {
            if (c.alive() && c.exists(path)) {
                c.remove(path);
            }
        } catch (com.jcraft.jsch.SftpException e) {
            LOG.warn("could not remove the failed upload {}: {}", path, e.getMessage());
        }
    }
}
