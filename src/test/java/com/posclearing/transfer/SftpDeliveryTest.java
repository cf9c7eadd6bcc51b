package com.posclearing.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpDeliveryTest {
    static final String CSV = "payout_id,merchant_id\nP20261123102310058120001,102310058120001\n";

    @TempDir
    Path tmp;
    SftpRig rig;
    EmbeddedSftpServer server;
    InMemoryDeliveryLog log = new InMemoryDeliveryLog();

    @BeforeEach
    void start() throws Exception {
        rig = new SftpRig(tmp);
        Files.createDirectories(rig.served.resolve("inbound"));
        server = new EmbeddedSftpServer(rig.served, "bank", rig.publicKey).start();
        server.writeKnownHosts(rig.knownHosts);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    DeliveryTarget bank() {
        return SftpRig.target(server.endpoint(rig.privateKey, rig.knownHosts), "/inbound", true);
    }

    @Test
    void deliversVerifiesAndRecordsThenTheSameFileAgainIsANoOp() throws Exception {
        Path payout = Files.writeString(tmp.resolve("PAYOUT_20261123.csv"), CSV);
        Path ctl = Files.writeString(tmp.resolve("PAYOUT_20261123.ctl"), "count=1\ntotal=1.00\nsha256=x\n");
        SftpDelivery delivery = new SftpDelivery(log);

        DeliveryRecord first = delivery.deliver(payout, bank());
        delivery.deliver(ctl, bank());

        assertThat(Files.readString(rig.served.resolve("inbound/PAYOUT_20261123.csv"))).isEqualTo(CSV);
        try (var s = Files.list(rig.served.resolve("inbound"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("PAYOUT_20261123.csv", "PAYOUT_20261123.ctl");
        }
        assertThat(first.fileName()).isEqualTo("PAYOUT_20261123.csv");
        assertThat(first.target()).isEqualTo("bank");
        assertThat(first.remotePath()).isEqualTo("/inbound/PAYOUT_20261123.csv");
        assertThat(first.sizeBytes()).isEqualTo(CSV.length());
        assertThat(first.sha256()).isEqualTo(SftpRig.sha256(CSV));
        assertThat(log.lookup("PAYOUT_20261123.csv", "bank")).contains(first);

        // proof of the no-op: the bank has taken the file away; delivering again must not re-send it
        Files.delete(rig.served.resolve("inbound/PAYOUT_20261123.csv"));
        assertThat(delivery.deliver(payout, bank())).isEqualTo(first);
        assertThat(rig.served.resolve("inbound/PAYOUT_20261123.csv")).doesNotExist();
    }

    @Test
    void otherContentUnderADeliveredPayoutNameIsRefused() throws Exception {
        Path payout = Files.writeString(tmp.resolve("PAYOUT_20261123.csv"), CSV);
        SftpDelivery delivery = new SftpDelivery(log);
        delivery.deliver(payout, bank());
        Files.writeString(payout, CSV + "P2,2\n");

        assertThatThrownBy(() -> delivery.deliver(payout, bank()))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("PAYOUT_20261123.csv was already delivered to bank")
                .hasMessageContaining("does not take replacements");
        assertThat(Files.readString(rig.served.resolve("inbound/PAYOUT_20261123.csv"))).isEqualTo(CSV);
    }

    @Test
    void statementGoesToTheMerchantsOwnFolderCreatedOnDemandAndMayBeReplaced() throws Exception {
        DeliveryTarget template = new DeliveryTarget("statements:direct", server.endpoint(rig.privateKey, rig.knownHosts),
                "/merchants/{merchantId}", false, true, true, SftpRig.quick(2));
        TransferConfig config = new TransferConfig(java.util.List.of(), java.util.Optional.of(bank()),
                java.util.List.of(new MerchantGroup("direct", Set.of("*"), template)), java.util.Optional.empty());
        DeliveryTarget target = config.statementTarget(com.posclearing.kernel.MerchantId.of("102310058120001"))
                .orElseThrow();
        Path statement = Files.writeString(tmp.resolve("102310058120001.csv"), "v1");
        SftpDelivery delivery = new SftpDelivery(log);

        delivery.deliver(statement, target);
        Files.writeString(statement, "v2 after rerun");
        DeliveryRecord second = delivery.deliver(statement, target);

        assertThat(Files.readString(rig.served.resolve("merchants/102310058120001/102310058120001.csv")))
                .isEqualTo("v2 after rerun");
        assertThat(second.target()).isEqualTo("statements:direct:102310058120001");
        assertThat(log.all()).containsExactly(second);
    }

    @Test
    void demoServerServesAFolderWithGeneratedKeysAndKnownHosts() throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("sample-files"));
        Files.writeString(samples.resolve("IND26112432ACOMA"), "acoma");
        Path keys = tmp.resolve("demo-keys");
        try (EmbeddedSftpServer demo = EmbeddedSftpServer.startDemo(samples, keys, "demo")) {
            SourceConfig s = SftpRig.source(demo.demoEndpoint(keys), "/", "IND{yyMMdd}32ACOMA",
                    new Completeness.StableSize(java.time.Duration.ofMillis(50)), java.time.Duration.ofSeconds(5));
            java.util.List<Path> got = new SftpInputSource(java.util.List.of(s)).fetch(BusinessDate.of(2026, 11, 24),
                    tmp.resolve("demo-landing"));
            assertThat(got).containsExactly(tmp.resolve("demo-landing/IND26112432ACOMA"));
            assertThat(Files.readString(keys.resolve("known_hosts"))).isEqualTo(demo.knownHostsLine() + "\n");
        }
    }

    @Test
    void landingAreaArchivesAndQuarantinesWithTheReasonBeside() throws Exception {
        LandingArea area = new LandingArea(tmp.resolve("files"));
        Path a = Files.writeString(area.landing().resolve("POSP_20261123_N01_001.csv"), "a");
        Path b = Files.writeString(area.landing().resolve("POSP_20261123_N02_001.csv"), "b");
        BusinessDate d = BusinessDate.of(2026, 11, 23);

        Path archived = area.archive(a, d);
        Path quarantined = area.quarantine(b, d, "POSP_20261123_N02_001.csv: T record missing");

        assertThat(archived).isEqualTo(tmp.resolve("files/archive/20261123/POSP_20261123_N01_001.csv"));
        assertThat(Files.readString(archived)).isEqualTo("a");
        assertThat(quarantined).isEqualTo(tmp.resolve("files/quarantine/20261123/POSP_20261123_N02_001.csv"));
        assertThat(Files.readString(tmp.resolve("files/quarantine/20261123/POSP_20261123_N02_001.csv.reason.txt")))
                .isEqualTo("POSP_20261123_N02_001.csv: T record missing\n");
        assertThat(a).doesNotExist();
        assertThat(b).doesNotExist();
        for (Path p : new Path[] {area.landing(), archived.getParent(), quarantined.getParent()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rwx------");
        }
    }
}
