package com.posclearing.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SftpFetchTest {
    static final BusinessDate D = BusinessDate.of(2026, 11, 23);
    static final String POSP = "POSP_20261123_N01_001.csv";

    @TempDir
    Path tmp;
    SftpRig rig;
    EmbeddedSftpServer server;

    @BeforeEach
    void start() throws Exception {
        rig = new SftpRig(tmp);
        server = new EmbeddedSftpServer(rig.served, "posp", rig.publicKey).start();
        server.writeKnownHosts(rig.knownHosts);
        Files.createDirectories(rig.served.resolve("outbound"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    SftpInputSource source(Completeness completeness, Duration deadline) {
        SourceConfig s = SftpRig.source(server.endpoint(rig.privateKey, rig.knownHosts), "/outbound",
                "POSP_{yyyyMMdd}_*.csv", completeness, deadline);
        return new SftpInputSource(List.of(s), Clock.systemUTC(), name -> null);
    }

    @Test
    void fetchesMarkedFileVerifiedAgainstPublishedChecksumIntoPrivateLanding() throws Exception {
        rig.put("outbound/" + POSP, "H,POSP-CSV,1\n");
        rig.put("outbound/" + POSP + ".ok", "");
        rig.put("outbound/POSP_20261122_N01_001.csv", "other date");
        String sha = SftpRig.sha256("H,POSP-CSV,1\n");
        rig.put("outbound/" + POSP + ".sha256", sha + "  " + POSP + "\n");

        List<FetchedFile> files = source(new Completeness.Marker(".ok"), Duration.ofSeconds(5))
                .fetchFiles(D, rig.landing);

        assertThat(files).hasSize(1);
        FetchedFile f = files.get(0);
        assertThat(f.path()).isEqualTo(rig.landing.resolve(POSP));
        assertThat(Files.readString(f.path())).isEqualTo("H,POSP-CSV,1\n");
        assertThat(f.sizeBytes()).isEqualTo(13);
        assertThat(f.sha256()).isEqualTo(sha);
        assertThat(f.layout()).isEqualTo("posp-csv");
        assertThat(f.host()).isEqualTo("127.0.0.1:" + server.port());
        try (var s = Files.list(rig.landing)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(POSP);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rig.landing))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f.path()))).isEqualTo("rw-------");
    }

    @Test
    void fetchesWithoutMarkerOnceSizeIsStableAcrossTwoListings() throws Exception {
        rig.put("outbound/" + POSP, "D,1\nD,2\n");

        List<Path> files = source(new Completeness.StableSize(Duration.ofMillis(200)), Duration.ofSeconds(5))
                .fetch(D, rig.landing);

        assertThat(files).containsExactly(rig.landing.resolve(POSP));
        assertThat(Files.readString(files.get(0))).isEqualTo("D,1\nD,2\n");
    }

    @Test
    void waitsForAFileThatArrivesBeforeTheDeadline() throws Exception {
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(400);
                rig.put("outbound/" + POSP, "late");
                rig.put("outbound/" + POSP + ".ok", "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        late.start();

        List<Path> files = source(new Completeness.Marker(".ok"), Duration.ofSeconds(20)).fetch(D, rig.landing);
        late.join();

        assertThat(files).containsExactly(rig.landing.resolve(POSP));
        assertThat(Files.readString(files.get(0))).isEqualTo("late");
    }

    @Test
    void missingFileAtTheDeadlineIsExitFourNamingFileAndHost() {
        assertThatThrownBy(() -> source(new Completeness.Marker(".ok"), Duration.ofMillis(300)).fetch(D, rig.landing))
                .isInstanceOf(InputMissingException.class)
                .hasMessageContaining("POSP_20261123_*.csv")
                .hasMessageContaining("/outbound on 127.0.0.1:" + server.port())
                .hasMessageContaining("did not arrive by the deadline");
    }

    @Test
    @Timeout(60) // without the cap the source's own deadline would keep the fetch polling for 10 minutes
    void theRunsEarlierDeadlineCapsTheSourcesOwnAndTheMessageSaysSo() {
        Instant cap = Instant.now().plusMillis(300);
        SftpInputSource capped = source(new Completeness.Marker(".ok"), Duration.ofMinutes(10)).withDeadlineCap(cap);

        assertThatThrownBy(() -> capped.fetch(D, rig.landing))
                .isInstanceOf(InputMissingException.class)
                .hasMessageStartingWith("input file POSP_20261123_*.csv in /outbound on 127.0.0.1:" + server.port()
                        + " (source posp) did not arrive by the deadline " + cap + " (the run's inputDeadline from the job"
                        + " definition; the source's own is ")
                .hasMessageEndingWith("; found 0 of 1). Ask the sender to deliver it, then restart the run (or give it by"
                        + " other means: ops/settle restart --date " + D + " --from-dir DIR).");
        assertThat(rig.landing).doesNotExist();
    }

    @Test
    void aStricterSourceDeadlineWinsOverALaterRunDeadline() throws Exception {
        rig.put("outbound/" + POSP, "half");
        SftpInputSource capped = source(new Completeness.Marker(".ok"), Duration.ofMillis(300))
                .withDeadlineCap(Instant.now().plus(Duration.ofMinutes(10)));

        assertThatThrownBy(() -> capped.fetch(D, rig.landing))
                .isInstanceOf(InputMissingException.class)
                .hasMessageContaining("input file " + POSP + " in /outbound on 127.0.0.1:" + server.port())
                .hasMessageContaining("(the deadline of source posp in sources.yaml): its marker " + POSP + ".ok is absent");
        assertThat(rig.landing.resolve(POSP)).doesNotExist();
    }

    @Test
    void aCappedSourceStillFetchesAFileThatIsThere() throws Exception {
        rig.put("outbound/" + POSP, "on time");
        rig.put("outbound/" + POSP + ".ok", "");

        List<Path> files = source(new Completeness.Marker(".ok"), Duration.ofMinutes(10))
                .withDeadlineCap(Instant.now().minusSeconds(1)).fetch(D, rig.landing);

        assertThat(files).containsExactly(rig.landing.resolve(POSP));
        assertThat(Files.readString(files.get(0))).isEqualTo("on time");
    }

    @Test
    void fileWithoutItsMarkerAtTheDeadlineIsMissingAndNotFetched() throws Exception {
        rig.put("outbound/" + POSP, "half");

        assertThatThrownBy(() -> source(new Completeness.Marker(".ok"), Duration.ofMillis(300)).fetch(D, rig.landing))
                .isInstanceOf(InputMissingException.class)
                .hasMessageContaining("input file " + POSP + " in /outbound on 127.0.0.1:" + server.port())
                .hasMessageContaining("its marker " + POSP + ".ok is absent");
        assertThat(rig.landing.resolve(POSP)).doesNotExist();
    }

    @Test
    void unknownHostKeyIsRefusedNamingHostAndOfferedFingerprint() throws Exception {
        Files.writeString(rig.knownHosts, "");

        assertThatThrownBy(() -> source(new Completeness.Marker(".ok"), Duration.ofSeconds(5)).fetch(D, rig.landing))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("host key of 127.0.0.1:" + server.port() + " refused: unknown")
                .hasMessageContaining("ecdsa-sha2-nistp256 " + server.hostKeyFingerprint());
    }

    @Test
    void changedHostKeyIsRefusedNamingTheNewFingerprint() throws Exception {
        String oldFingerprint = server.hostKeyFingerprint();
        server.stop();
        server.newHostKeyOnNextStart();
        server.start();
        assertThat(server.hostKeyFingerprint()).isNotEqualTo(oldFingerprint);

        assertThatThrownBy(() -> source(new Completeness.Marker(".ok"), Duration.ofSeconds(5)).fetch(D, rig.landing))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("host key of 127.0.0.1:" + server.port() + " refused: the key has CHANGED")
                .hasMessageContaining(server.hostKeyFingerprint());
    }

    @Test
    void insecureHostKeysIsExplicitAndReported() throws Exception {
        Files.writeString(rig.knownHosts, "");
        rig.put("outbound/" + POSP, "x");
        rig.put("outbound/" + POSP + ".ok", "");
        SourceConfig s = SftpRig.source(server.endpoint(rig.privateKey, rig.knownHosts).withInsecureHostKeys(true),
                "/outbound", "POSP_{yyyyMMdd}_*.csv", new Completeness.Marker(".ok"), Duration.ofSeconds(5));
        SftpInputSource source = new SftpInputSource(List.of(s), Clock.systemUTC(), name -> null);

        assertThat(source.fetch(D, rig.landing)).containsExactly(rig.landing.resolve(POSP));
        assertThat(source.insecureHostKeys()).containsExactly("posp");
    }

    @Test
    void symlinkMatchingThePatternIsRefused() throws Exception {
        Path secret = rig.put("secret.txt", "not yours");
        Files.createDirectories(rig.served.resolve("outbound"));
        Files.createSymbolicLink(rig.served.resolve("outbound/" + POSP), secret);
        rig.put("outbound/" + POSP + ".ok", "");

        assertThatThrownBy(() -> source(new Completeness.Marker(".ok"), Duration.ofSeconds(5)).fetch(D, rig.landing))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining(POSP)
                .hasMessageContaining("it is a symbolic link");
        assertThat(rig.landing.resolve(POSP)).doesNotExist();
    }

    @Test
    void namesWithDotDotOrBackslashAreRefused() throws Exception {
        rig.put("outbound/POSP_20261123_..x.csv", "x");
        assertThatThrownBy(() -> source(new Completeness.StableSize(Duration.ofMillis(50)), Duration.ofSeconds(5))
                .fetch(D, rig.landing))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("POSP_20261123_..x.csv")
                .hasMessageContaining("name contains '..'");

        Files.delete(rig.served.resolve("outbound/POSP_20261123_..x.csv"));
        rig.put("outbound/POSP_20261123_a\\b.csv", "x");
        assertThatThrownBy(() -> source(new Completeness.StableSize(Duration.ofMillis(50)), Duration.ofSeconds(5))
                .fetch(D, rig.landing))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("name contains a path separator");
    }
}
