package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run over real SFTP (the embedded server of {@link DemoSftp}) stopped mid-delivery: the payout file is at the bank,
 * its control file not yet ({@code delivery} pause point), by SIGKILL or SIGTERM. The restart sends the control file
 * and the statements; the bank holds each file once, byte for byte as written, and D's payouts are frozen by the one
 * control file.
 */
@Proves("kill -9 or SIGTERM mid-delivery (payout file sent, control file not), then restart: each file at the bank once")
class DeliveryCrashIT {
    private static final String D = "2026-12-30";
    private static final String CSV = "PAYOUT_20261230.csv";
    private static final String CTL = "PAYOUT_20261230.ctl";

    @TempDir
    Path work;
    TestDatabase db;

    @BeforeEach
    void database() {
        db = TestDatabase.create(work.resolve("data"));
        db.writeInto(work.resolve("config"));
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest(name = "sigterm {0}")
    @ValueSource(booleans = {false, true})
    void stoppedMidDeliveryIsRestartedAndEachFileIsAtTheBankOnce(boolean term) throws Exception {
        Path samples = SftpRunIT.samples(work, SftpRunIT.POSP, SftpRunIT.ACOMA);
        try (DemoSftp sftp = DemoSftp.start(samples, data(), config(), Duration.ofSeconds(5))) {
            Path bank = sftp.root().resolve(DemoSftp.PAYOUT_DIR);
            int exit = ChildJvm.stoppedAt("delivery", term, data(), work.resolve("child.log"), List.of(args("run", "night")));
            assertThat(exit).isEqualTo(term ? 143 : 137);
            assertThat(SftpRunIT.names(bank)).containsExactly(CSV);

            SftpRunIT.Run restart = SftpRunIT.settle(args("restart", "on-call"));
            assertThat(restart.code()).as(restart.err()).isZero();
            assertThat(SftpRunIT.names(bank)).containsExactly(CSV, CTL);
            Path payouts = work.resolve("out/20261230/payouts");
            assertThat(Files.readAllBytes(bank.resolve(CSV))).isEqualTo(Files.readAllBytes(payouts.resolve(CSV)));
            assertThat(Files.readAllBytes(bank.resolve(CTL))).isEqualTo(Files.readAllBytes(payouts.resolve(CTL)));
            assertThat(SftpRunIT.names(sftp.root().resolve("merchants/898310058120001/statements/20261230")))
                    .containsExactly("898310058120001.csv", "898310058120001.xlsx");
        }
        assertThat(db.column("SELECT COUNT(*) || ' ' || COUNT(DISTINCT file_name) FROM delivery")).containsExactly("14 14");
        assertThat(db.column("SELECT COUNT(*) || ' ' || COUNT(DISTINCT p.delivered_at) FROM payout p"
                + " JOIN delivery d ON d.file_name = '" + CTL + "' AND d.delivered_at = p.delivered_at"))
                .as("4 payouts, all frozen at the control file's delivery").containsExactly("4 1");
        assertThat(db.column("SELECT run_no || ' ' || status FROM settlement_run")).containsExactly("1 COMPLETED");
    }

    private Path data() {
        return work.resolve("data");
    }

    private Path config() {
        return work.resolve("config");
    }

    private String[] args(String command, String operator) {
        return new String[] {command, "--date", D, "--config", config().toString(), "--data", data().toString(), "--out",
                work.resolve("out").toString(), "--operator", operator};
    }
}
