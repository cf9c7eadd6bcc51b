package com.posclearing.transfer.internal;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.FileNamePattern;
import com.posclearing.kernel.Sha256;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.transfer.Completeness;
import com.posclearing.transfer.FetchedFile;
import com.posclearing.transfer.SourceConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches one source's files of one business date: poll until complete or the deadline, then download safely. */
public final class SourceFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(SourceFetcher.class);
    private static final int MAX_CHECKSUM_FILE_BYTES = 1024;

    private final SourceConfig src;
    private final Remote remote;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Optional<Instant> runDeadline;

    /**
     * @param runDeadline the run's overall limit (the job definition's {@code inputDeadline}); the fetch waits until
     *                    the earlier of it and the source's own deadline
     */
    public SourceFetcher(SourceConfig src, SftpConnector connector, Clock clock, Sleeper sleeper,
            Optional<Instant> runDeadline) {
        this.src = src;
        this.remote = new Remote(connector, src.endpoint(), src.retries(), sleeper);
        this.clock = clock;
        this.sleeper = sleeper;
        this.runDeadline = runDeadline;
    }

    /** The deadline that applies and why, so the exit-4 sentence tells the operator which setting to look at. */
    private record Applied(Instant at, String why) {
    }

    private Applied deadline(BusinessDate date, Instant started) {
        Instant own = src.deadline().resolve(date, started);
        if (runDeadline.isPresent() && runDeadline.get().isBefore(own)) {
            return new Applied(runDeadline.get(), "the run's inputDeadline from the job definition; the source's own is "
                    + own);
        }
        return new Applied(own, "the deadline of source " + src.name() + " in sources.yaml");
    }

    private String host() {
        return src.endpoint().host() + ":" + src.endpoint().port();
    }

    private String remotePath(String name) {
        return src.remoteDir() + (src.remoteDir().endsWith("/") ? "" : "/") + name;
    }

    public List<FetchedFile> fetch(BusinessDate date, Path landing) {
        OfDate pattern = new OfDate(FileNamePattern.compile(src.pattern()), date);
        Applied applied = deadline(date, clock.instant());
        Instant deadline = applied.at();
        for (int round = 1; ; round++) {
            Listing listing = remote.call("list " + src.remoteDir(), c -> poll(c, pattern));
            boolean enough = listing.complete.size() >= src.minFiles() && listing.incomplete.isEmpty();
            if (enough) {
                List<FetchedFile> out = new ArrayList<>();
                for (String name : listing.complete) {
                    out.add(download(name, landing));
                }
                return out;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw missing(date, pattern, listing, applied);
            }
            Duration wait = src.poll().delay(round);
            Duration left = Duration.between(now, deadline);
            LOG.info("source {}: {} complete, {} incomplete of {} (need {}); polling again in {} (deadline {})",
                    src.name(), listing.complete.size(), listing.incomplete.size(), pattern, src.minFiles(),
                    wait, deadline);
            Sleeper.pause(sleeper, wait.compareTo(left) > 0 ? left : wait);
        }
    }

    private InputMissingException missing(BusinessDate date, OfDate pattern, Listing listing, Applied applied) {
        String otherMeans = " (or give it by other means: ops/settle restart --date " + date + " --from-dir DIR).";
        String where = " in " + src.remoteDir() + " on " + host() + " (source " + src.name() + ")";
        if (!listing.incomplete.isEmpty()) {
            String why = src.completeness() instanceof Completeness.Marker m
                    ? "its marker " + listing.incomplete.get(0) + m.suffix() + " is absent" : "it is still being written";
            return new InputMissingException("input file " + listing.incomplete.get(0) + where
                    + " was not complete by the deadline " + applied.at() + " (" + applied.why() + "): " + why
                    + ". Ask the sender to finish it, then restart the run" + otherMeans);
        }
        return new InputMissingException("input file " + pattern + where + " did not arrive by the deadline "
                + applied.at() + " (" + applied.why() + "; found " + listing.complete.size() + " of " + src.minFiles()
                + "). Ask the sender to deliver it, then restart the run" + otherMeans);
    }

    private record Listing(List<String> complete, List<String> incomplete) {
    }

    /** The source's pattern on D; shown with D filled in. */
    private record OfDate(FileNamePattern pattern, BusinessDate date) {
        boolean matches(String name) {
            return pattern.matches(name, date);
        }

        @Override
        public String toString() {
            return pattern.filledIn(date);
        }
    }

    private Listing poll(SftpConnection c, OfDate pattern) throws SftpException {
        List<RemoteEntry> first = c.list(src.remoteDir());
        Map<String, RemoteEntry> candidates = candidates(first, pattern);
        Set<String> names = first.stream().map(RemoteEntry::name).collect(Collectors.toSet());
        List<String> complete = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        if (src.completeness() instanceof Completeness.Marker m) {
            candidates.keySet().forEach(n -> (names.contains(n + m.suffix()) ? complete : incomplete).add(n));
        } else if (src.completeness() instanceof Completeness.StableSize s && !candidates.isEmpty()) {
            Sleeper.pause(sleeper, s.interval());
            Map<String, RemoteEntry> second = candidates(c.list(src.remoteDir()), pattern);
            candidates.forEach((n, e) -> (e.equals(second.get(n)) ? complete : incomplete).add(n));
        }
        complete.sort(null);
        incomplete.sort(null);
        return new Listing(complete, incomplete);
    }

    /** Matching names, each checked: a hostile name, a symlink, a non-file or an oversized file is refused. */
    private Map<String, RemoteEntry> candidates(List<RemoteEntry> entries, OfDate pattern) {
        Map<String, RemoteEntry> out = new HashMap<>();
        for (RemoteEntry e : entries) {
            if (!pattern.matches(e.name()) || e.name().endsWith(".sha256")
                    || src.completeness() instanceof Completeness.Marker m && e.name().endsWith(m.suffix())) {
                continue;
            }
            refuseIfHostile(e.name(), e.symlink(), e.regularFile(), e.size());
            out.put(e.name(), e);
        }
        return out;
    }

    private void refuseIfHostile(String name, boolean symlink, boolean regular, long size) {
        String reason = RemoteNames.refusal(name).orElse(null);
        if (reason == null && symlink) {
            reason = "it is a symbolic link";
        } else if (reason == null && !regular) {
            reason = "it is not a regular file";
        } else if (reason == null && size > src.maxFileBytes()) {
            reason = "size " + size + " bytes exceeds maxFileBytes " + src.maxFileBytes();
        }
        if (reason != null) {
            throw new InputRejectedException(RemoteNames.printable(name), 0, "remote file",
                    "refused from " + src.remoteDir() + " on " + host() + " (source " + src.name() + "): " + reason);
        }
    }

    private FetchedFile download(String name, Path landing) {
        return remote.call("download " + name, c -> downloadOnce(c, name, landing));
    }

    private FetchedFile downloadOnce(SftpConnection c, String name, Path landing)
            throws SftpException, IOException, VerificationException {
        SftpATTRS attrs = c.lstat(remotePath(name));
        refuseIfHostile(name, attrs.isLink(), attrs.isReg(), attrs.getSize());
        SecureFiles.folder(landing);
        Path temp = landing.resolve("." + name + ".part");
        Path target = landing.resolve(name);
        try {
            SecureFiles.newFile(temp);
            c.download(remotePath(name), temp);
            long got = Files.size(temp);
            if (got != attrs.getSize()) {
                throw new VerificationException(name + ": downloaded " + got + " bytes, the server lists "
                        + attrs.getSize());
            }
            String sha = Sha256.of(temp);
            if (c.exists(remotePath(name + ".sha256"))) {
                String published = publishedChecksum(c, name);
                if (!published.equals(sha)) {
                    throw new VerificationException(name + ": SHA-256 " + sha + " differs from the published "
                            + published);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("fetched {} ({} bytes, sha256 {}) from {} (source {})", name, got, sha, host(), src.name());
            return new FetchedFile(target, src.name(), src.layout(), host(), got, sha);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String publishedChecksum(SftpConnection c, String name) throws SftpException, IOException {
        String text = new String(c.readSmall(remotePath(name + ".sha256"), MAX_CHECKSUM_FILE_BYTES),
                StandardCharsets.US_ASCII).trim();
        String hex = text.split("\\s+", 2)[0].toLowerCase();
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new InputRejectedException(name + ".sha256", 1, "sha256",
                    "expected 64 hex digits (sha256sum format) from " + host());
        }
        return hex;
    }
}
