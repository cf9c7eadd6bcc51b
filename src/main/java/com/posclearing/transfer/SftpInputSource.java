package com.posclearing.transfer;

import com.posclearing.ingest.InputSource;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.transfer.internal.SftpConnector;
import com.posclearing.transfer.internal.Sleeper;
import com.posclearing.transfer.internal.SourceFetcher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The input files of a business date from the configured SFTP sources, one after the other. Each file is complete
 * (marker or stable size), downloaded to a temp name, verified (size; SHA-256 when {@code NAME.sha256} is
 * published) and renamed into the landing folder (0700; files 0600). A source still missing its files at its
 * deadline ends the fetch with {@link com.posclearing.kernel.InputMissingException} (exit 4); a hostile remote
 * name or symlink with {@link com.posclearing.kernel.InputRejectedException} (exit 3); a link that stays down
 * with {@link TransferException}; an unknown or changed host key with {@link HostKeyRejectedException}.
 */
public final class SftpInputSource implements InputSource {
    private final List<SourceConfig> sources;
    private final SftpConnector connector;
    private final Clock clock;
    private final Optional<Instant> deadlineCap;

    public SftpInputSource(List<SourceConfig> sources) {
        this(sources, Clock.systemUTC(), System::getenv);
    }

    /** @param env environment lookup for {@code passwordEnv}/{@code passphraseEnv} */
    public SftpInputSource(List<SourceConfig> sources, Clock clock, UnaryOperator<String> env) {
        this(List.copyOf(sources), new SftpConnector(Objects.requireNonNull(env, "env")),
                Objects.requireNonNull(clock, "clock"), Optional.empty());
    }

    private SftpInputSource(List<SourceConfig> sources, SftpConnector connector, Clock clock,
            Optional<Instant> deadlineCap) {
        this.sources = sources;
        this.connector = connector;
        this.clock = clock;
        this.deadlineCap = deadlineCap;
    }

    /**
     * The same sources, each waiting only until the earlier of its own deadline and {@code cap}: the job definition's
     * {@code inputDeadline} is the night's overall limit, while a source may still be stricter.
     */
    public SftpInputSource withDeadlineCap(Instant cap) {
        return new SftpInputSource(sources, connector, clock, Optional.of(Objects.requireNonNull(cap, "cap")));
    }

    @Override
    public List<Path> fetch(BusinessDate date, Path landingDir) {
        return fetchFiles(date, landingDir).stream().map(FetchedFile::path).toList();
    }

    /** Like {@link #fetch} but says which source, layout and host each file came from. */
    public List<FetchedFile> fetchFiles(BusinessDate date, Path landingDir) {
        List<FetchedFile> out = new ArrayList<>();
        for (SourceConfig s : sources) {
            out.addAll(new SourceFetcher(s, connector, clock, Sleeper.REAL, deadlineCap).fetch(date, landingDir));
        }
        return out;
    }

    @Override
    public String describe() {
        return sources.stream().map(SourceConfig::describe).collect(Collectors.joining(", "));
    }

    /** Names of sources connecting without strict host-key checking; {@code status} shows them as a warning. */
    public List<String> insecureHostKeys() {
        return sources.stream().filter(s -> s.endpoint().insecureHostKeys()).map(SourceConfig::name).toList();
    }
}
