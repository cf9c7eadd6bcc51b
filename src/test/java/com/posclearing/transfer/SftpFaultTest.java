package com.posclearing.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults injected into the embedded server: the link cut mid-download, uploads truncated on the server. */
class SftpFaultTest {
    static final BusinessDate D = BusinessDate.of(2026, 11, 23);
    static final String BIG = "POSP_20261123_N01_001.csv";
    static final int BIG_BYTES = 24 * 1024 * 1024;

    @TempDir
    Path tmp;
    SftpRig rig;
    EmbeddedSftpServer server;

    @BeforeEach
    void start() throws Exception {
        rig = new SftpRig(tmp);
        server = new EmbeddedSftpServer(rig.served, "posp", rig.publicKey);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String writeBigFile() throws Exception {
        byte[] data = new byte[BIG_BYTES];
        new Random(42).nextBytes(data);
        Files.createDirectories(rig.served.resolve("outbound"));
        Files.write(rig.served.resolve("outbound/" + BIG), data);
        Files.writeString(rig.served.resolve("outbound/" + BIG + ".ok"), "");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private SftpInputSource source() {
        SourceConfig s = SftpRig.source(server.endpoint(rig.privateKey, rig.knownHosts), "/outbound",
                "POSP_{yyyyMMdd}_*.csv", new Completeness.Marker(".ok"), Duration.ofSeconds(30));
        return new SftpInputSource(List.of(s), Clock.systemUTC(), name -> null);
    }

    /** Cuts every session once a download has passed 1 MiB; {@code restart} brings the server back. */
    private SftpEventListener cutMidDownload(boolean restart, AtomicBoolean cut) {
        return new SftpEventListener() {
            @Override
            public void read(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                             byte[] data, int dataOffset, int dataLen, int readLen, Throwable thrown) {
                if (offset >= 1024 * 1024 && cut.compareAndSet(false, true)) {
                    Thread t = new Thread(() -> {
                        server.stop();
                        if (restart) {
                            server.start();
                        }
                    });
                    t.start();
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    private List<String> landingNames() throws IOException {
        if (!Files.exists(rig.landing)) {
            return List.of();
        }
        try (var s = Files.list(rig.landing)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void connectionCutMidDownloadIsRetriedAndOnlyTheCompleteFileLands() throws Exception {
        String sha = writeBigFile();
        AtomicBoolean cut = new AtomicBoolean();
        server.addListener(cutMidDownload(true, cut)).start().writeKnownHosts(rig.knownHosts);

        List<FetchedFile> files = source().fetchFiles(D, rig.landing);

        assertThat(cut).isTrue();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).sizeBytes()).isEqualTo(BIG_BYTES);
        assertThat(files.get(0).sha256()).isEqualTo(sha);
        assertThat(Files.size(rig.landing.resolve(BIG))).isEqualTo(BIG_BYTES);
        assertThat(landingNames()).containsExactly(BIG);
    }

    @Test
    void serverThatStaysDownAfterTheCutFailsWithNothingPartialInLanding() throws Exception {
        writeBigFile();
        AtomicBoolean cut = new AtomicBoolean();
        server.addListener(cutMidDownload(false, cut)).start().writeKnownHosts(rig.knownHosts);

        assertThatThrownBy(() -> source().fetch(D, rig.landing))
                .isInstanceOf(TransferException.class)
                .hasMessageContaining("download " + BIG + " on posp@127.0.0.1:" + server.port()
                        + " failed after 4 attempts");
        assertThat(cut).isTrue();
        assertThat(landingNames()).isEmpty();
    }

    /** Truncates each uploaded file to half when the client closes it, {@code times} times. */
    private static SftpEventListener truncateUploads(AtomicInteger times) {
        return new SftpEventListener() {
            @Override
            public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown)
                    throws IOException {
                if (localHandle instanceof FileHandle fh && fh.getOpenOptions().contains(StandardOpenOption.WRITE)
                        && times.getAndDecrement() > 0) {
                    try (FileChannel ch = FileChannel.open(fh.getFile(), StandardOpenOption.WRITE)) {
                        ch.truncate(ch.size() / 2);
                    }
                }
            }
        };
    }

    @Test
    void truncatedUploadIsDetectedRetriedThenReportedAndNeverLeftUnderItsName() throws Exception {
        Files.createDirectories(rig.served.resolve("inbound"));
        server.addListener(truncateUploads(new AtomicInteger(100))).start().writeKnownHosts(rig.knownHosts);
        Path payout = Files.writeString(tmp.resolve("PAYOUT_20261123.csv"), "payout_id,merchant_id\nP1,1\n");
        InMemoryDeliveryLog log = new InMemoryDeliveryLog();
        DeliveryTarget bank = SftpRig.target(server.endpoint(rig.privateKey, rig.knownHosts), "/inbound", true);

        assertThatThrownBy(() -> new SftpDelivery(log).deliver(payout, bank))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("deliver PAYOUT_20261123.csv to bank on posp@127.0.0.1:" + server.port()
                        + " failed after 3 attempts")
                .hasMessageContaining("remote /inbound/.PAYOUT_20261123.csv.part holds 13 bytes, sent 27");
        try (var s = Files.list(rig.served.resolve("inbound"))) {
            assertThat(s).isEmpty();
        }
        assertThat(log.all()).isEmpty();
    }

    @Test
    void oneTruncatedUploadIsRetriedAndThenDeliveredIntact() throws Exception {
        Files.createDirectories(rig.served.resolve("inbound"));
        server.addListener(truncateUploads(new AtomicInteger(1))).start().writeKnownHosts(rig.knownHosts);
        Path payout = Files.writeString(tmp.resolve("PAYOUT_20261123.csv"), "payout_id,merchant_id\nP1,1\n");
        InMemoryDeliveryLog log = new InMemoryDeliveryLog();
        DeliveryTarget bank = SftpRig.target(server.endpoint(rig.privateKey, rig.knownHosts), "/inbound", true);

        DeliveryRecord r = new SftpDelivery(log).deliver(payout, bank);

        assertThat(Files.readString(rig.served.resolve("inbound/PAYOUT_20261123.csv")))
                .isEqualTo("payout_id,merchant_id\nP1,1\n");
        assertThat(r.sizeBytes()).isEqualTo(27);
        assertThat(r.sha256()).isEqualTo(SftpRig.sha256("payout_id,merchant_id\nP1,1\n"));
        assertThat(log.all()).containsExactly(r);
    }
}
