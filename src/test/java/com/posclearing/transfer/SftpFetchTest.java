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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
}
