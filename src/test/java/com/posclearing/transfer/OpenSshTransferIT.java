package com.posclearing.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputMissingException;
import com.posclearing.kernel.InputRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same fetch and deliver paths against OpenSSH's sftp server (a real sshd on a loopback high port). */
class OpenSshTransferIT {
    static final BusinessDate D = BusinessDate.of(2026, 11, 24);
    static final String ACOMA = "IND26112432ACOMA";

    @TempDir
    static Path tmp;
    static SftpRig rig;
    static OpenSshServer sshd;
    Path outbound;
    Path inbound;
    Path landing;

    @BeforeAll
    static void startSshd() throws Exception {
        rig = new SftpRig(tmp);
        sshd = OpenSshServer.start(tmp.resolve("sshd"), rig.publicKey);
        sshd.writeKnownHosts(rig.knownHosts);
    }

    @AfterAll
    static void stopSshd() throws Exception {
        sshd.close();
    }

    @BeforeEach
    void folders(@TempDir Path each) throws Exception {
        outbound = Files.createDirectories(each.resolve("outbound"));
        inbound = Files.createDirectories(each.resolve("inbound"));
        landing = each.resolve("landing");
    }

    SftpInputSource source(String pattern, Completeness completeness, Duration deadline) {
        SourceConfig s = SftpRig.source(sshd.endpoint(rig.privateKey, rig.knownHosts), outbound.toString(), pattern,
                completeness, deadline);
        return new SftpInputSource(List.of(s), Clock.systemUTC(), name -> null);
    }

    @Test
    void fetchesMarkedFileVerifiedByPublishedChecksum() throws Exception {
        String content = "H,POSP-CSV,1,20261124,N01,001,20261125010000\n";
        Files.writeString(outbound.resolve("POSP_20261124_N01_001.csv"), content);
        Files.writeString(outbound.resolve("POSP_20261124_N01_001.csv.sha256"),
                SftpRig.sha256(content) + "  POSP_20261124_N01_001.csv\n");
        Files.writeString(outbound.resolve("POSP_20261124_N01_001.csv.ok"), "");

        List<FetchedFile> files = source("POSP_{yyyyMMdd}_*.csv", new Completeness.Marker(".ok"),
                Duration.ofSeconds(10)).fetchFiles(D, landing);

        assertThat(files).hasSize(1);
        assertThat(files.get(0).sha256()).isEqualTo(SftpRig.sha256(content));
        assertThat(Files.readString(landing.resolve("POSP_20261124_N01_001.csv"))).isEqualTo(content);
        try (var s = Files.list(landing)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("POSP_20261124_N01_001.csv");
        }
    }

    @Test
    void fetchesStableSizedFileAndReportsAMissingOneAtTheDeadline() throws Exception {
        Files.writeString(outbound.resolve(ACOMA), "x".repeat(1000));

        List<Path> files = source("IND{yyMMdd}32ACOMA", new Completeness.StableSize(Duration.ofMillis(200)),
                Duration.ofSeconds(10)).fetch(D, landing);

        assertThat(files).containsExactly(landing.resolve(ACOMA));
        assertThat(Files.size(files.get(0))).isEqualTo(1000);
        assertThatThrownBy(() -> source("IND{yyMMdd}32ACOMA", new Completeness.StableSize(Duration.ofMillis(50)),
                Duration.ofMillis(300)).fetch(D.plusDays(1), landing))
                .isInstanceOf(InputMissingException.class)
                .hasMessageContaining("IND26112532ACOMA")
                .hasMessageContaining("on 127.0.0.1:" + sshd.port);
    }

    @Test
    void symlinkIsRefused() throws Exception {
        Path secret = Files.writeString(outbound.getParent().resolve("secret"), "s");
        Files.createSymbolicLink(outbound.resolve(ACOMA), secret);

        assertThatThrownBy(() -> source("IND{yyMMdd}32ACOMA", new Completeness.StableSize(Duration.ofMillis(50)),
                Duration.ofSeconds(5)).fetch(D, landing))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("it is a symbolic link");
    }

    @Test
    void unknownHostKeyIsRefused() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty_known_hosts"), "");
        SourceConfig s = SftpRig.source(sshd.endpoint(rig.privateKey, empty), outbound.toString(), "X{yyyyMMdd}",
                new Completeness.Marker(".ok"), Duration.ofSeconds(5));

        assertThatThrownBy(() -> new SftpInputSource(List.of(s), Clock.systemUTC(), n -> null).fetch(D, landing))
                .isInstanceOf(HostKeyRejectedException.class)
                .hasMessageContaining("host key of 127.0.0.1:" + sshd.port + " refused: unknown")
                .hasMessageContaining("ssh-ed25519 SHA256:");
    }

    @Test
    void deliversPayoutVerifiedByReReadChecksumAndOnlyOnce() throws Exception {
        String csv = "payout_id,merchant_id\nP20261124102310058120001,102310058120001\n";
        Path payout = Files.writeString(tmp.resolve("PAYOUT_20261124.csv"), csv);
        DeliveryTarget bank = SftpRig.target(sshd.endpoint(rig.privateKey, rig.knownHosts), inbound.toString(), true);
        InMemoryDeliveryLog log = new InMemoryDeliveryLog();
        SftpDelivery delivery = new SftpDelivery(log);

        DeliveryRecord r = delivery.deliver(payout, bank);
        Files.delete(inbound.resolve("PAYOUT_20261124.csv"));
        DeliveryRecord again = delivery.deliver(payout, bank);

        assertThat(r.sha256()).isEqualTo(SftpRig.sha256(csv));
        assertThat(again).isEqualTo(r);
        try (var s = Files.list(inbound)) {
            assertThat(s).isEmpty();
        }
        assertThat(log.all()).containsExactly(r);
    }
}
