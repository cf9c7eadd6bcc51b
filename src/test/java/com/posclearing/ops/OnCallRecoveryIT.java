package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posclearing.kernel.Sha256;
import com.posclearing.ops.SftpRunIT.Run;
import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * The engineer on call at 03:00 (issue 12 items 1-2, issue 10's kill after the job's completion), through the command
 * line: files received by other means reach a stuck date by {@code restart --from-dir} or through the landing folder;
 * summary.json and {@code ops/check-run} say a run is fine only once its payout file is at the bank; a run whose job
 * completed before the process could record it is recorded COMPLETED, not restarted.
 */
@Proves("a stuck date recovered from files received by other means; a run is fine only once its payout file is at the bank")
class OnCallRecoveryIT {
    private static final String D = "2026-12-30";
    private static final Path SAMPLES = SftpRunIT.SAMPLES;
    private static final String POSP = SftpRunIT.POSP;
    private static final String ACOMA = SftpRunIT.ACOMA;

    @TempDir
    Path work;
    @AutoClose
    TestDatabase db;

    @BeforeEach
    void database() {
        db = TestDatabase.create(data());
        db.writeInto(config());
    }

    @Test
    void onThePlaceholderConfigTheFailedRunPointsAtRestartFromDirWhichCompletesTheDate() throws Exception {
        Run run = SftpRunIT.settle(db.withConfig("run", "--date", D, "--data", data().toString(), "--out", out().toString()));
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).startsWith("settle: run 1 of 2026-12-30 failed: source posp in sources.yaml in ")
                .endsWith(" still has the placeholder host posp-sftp.example.invalid: put the real host, user and key files"
                        + " into sources.yaml of your --config folder, or give the files of 2026-12-30 by other means:"
                        + " ops/settle restart --date 2026-12-30 --from-dir DIR\n")
                .hasLineCount(1);

        Run restart = SftpRunIT.settle(db.withConfig("restart", "--date", D, "--from-dir", samples(POSP, ACOMA).toString(),
                "--data", data().toString(), "--out", out().toString()));
        assertThat(restart.code()).as(restart.err()).isZero();
        assertThat(restart.out().lines()).contains("2026-12-30 run 1 completed: outputs in " + outOfDate());
        assertLoadedAndArchived();
        JsonNode summary = summary();
        assertThat(summary.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(summary.get("delivery").toString()).isEqualTo("{\"bank\":\"NOT_CONFIGURED\",\"statementFilesDelivered\":0}");
        assertThat(db.column("SELECT status FROM settlement_run")).containsExactly("COMPLETED");

        Run probe = checkRun();
        assertThat(probe.code()).isEqualTo(1);
        assertThat(probe.out()).isEqualTo(notConfigured());
    }

    @Test
    void filesPutIntoLandingWhileASourceIsDownAreUsedByRestartAndOnlyTheMissingSourceIsFetched() throws Exception {
        try (DemoSftp sftp = DemoSftp.start(samples(POSP), data(), config(), Duration.ofMillis(600))) {
            Run run = SftpRunIT.settle("run", "--date", D, "--config", config().toString(), "--data", data().toString(),
                    "--out", out().toString());
            assertThat(run.code()).isEqualTo(ExitCodes.INPUT_MISSING);
            assertThat(run.err()).endsWith("Ask the sender to deliver it, then restart the run (or give it by other means:"
                    + " ops/settle restart --date 2026-12-30 --from-dir DIR).\n");
            assertThat(SftpRunIT.names(landing())).containsExactly(POSP);

            // the POSP file is gone from its server now, the bank's file came by other means: a restart must fetch neither
            FileSystemUtils.deleteRecursively(sftp.root().resolve(DemoSftp.POSP_DIR));
            Files.copy(SAMPLES.resolve(ACOMA), landing().resolve(ACOMA));
            Run restart = SftpRunIT.settle("restart", "--date", D, "--config", config().toString(), "--data",
                    data().toString(), "--out", out().toString());
            assertThat(restart.code()).as(restart.err()).isZero();

            assertLoadedAndArchived();
            assertThat(SftpRunIT.names(sftp.root().resolve(DemoSftp.PAYOUT_DIR)))
                    .containsExactly("PAYOUT_20261230.csv", "PAYOUT_20261230.ctl");
            JsonNode summary = summary();
            assertThat(summary.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(summary.get("delivery").toString()).isEqualTo("{\"bank\":\"DELIVERED\",\"statementFilesDelivered\":12}");
            Run probe = checkRun();
            assertThat(probe.code()).isZero();
            assertThat(probe.out()).isEqualTo("OK: run of 2026-12-30 DELIVERED and balanced, 4 payouts, payout file at the bank\n");
        }
    }

    @Test
    void withTheBankUnreachableTheSummaryAwaitsDeliveryAndCheckRunIsCriticalUntilARestartDelivers() throws Exception {
        try (DemoSftp sftp = DemoSftp.start(samples(POSP, ACOMA), data(), config(), Duration.ofSeconds(5))) {
            Path yaml = config().resolve("sources.yaml");
            String reachable = Files.readString(yaml);
            String bankAt = "deliveries:\n  bank:\n    host: 127.0.0.1\n    port: " + sftp.port() + "\n";
            assertThat(reachable).contains(bankAt);
            Files.writeString(yaml, reachable.replace(bankAt, bankAt.replace(Integer.toString(sftp.port()),
                    Integer.toString(closedPort()))));

            Run run = SftpRunIT.settle("run", "--date", D, "--config", config().toString(), "--data", data().toString(),
                    "--out", out().toString());
            assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).hasLineCount(1);
            JsonNode summary = summary();
            assertThat(summary.get("status").asText()).isEqualTo("AWAITING_DELIVERY");
            assertThat(summary.has("delivery")).isFalse();
            assertThat(summary.get("settlement").get("balanced").asBoolean()).isTrue();
            Run probe = checkRun();
            assertThat(probe.code()).isEqualTo(2);
            assertThat(probe.out()).isEqualTo("CRITICAL: run of 2026-12-30 wrote its outputs but its payout file has not"
                    + " reached the bank; see ops/settle status --date 2026-12-30, then ops/settle restart --date 2026-12-30\n");

            Files.writeString(yaml, reachable);
            Run restart = SftpRunIT.settle("restart", "--date", D, "--config", config().toString(), "--data",
                    data().toString(), "--out", out().toString());
            assertThat(restart.code()).as(restart.err()).isZero();
            assertThat(summary().get("status").asText()).isEqualTo("DELIVERED");
            assertThat(checkRun().code()).isZero();
        }
    }

    /**
     * Killed after the job's execution was stored COMPLETED but before settlement_run was updated. The first command
     * after it is either a restart (which records the run COMPLETED and restarts nothing) or a rerun (whose admission
     * check sees the run completed).
     */
    @ParameterizedTest
    @ValueSource(strings = {"restart", "rerun"})
    void aRunKilledAfterItsJobCompletedIsRecordedCompletedNotRestarted(String first) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--date", D, "--from-dir", SAMPLES.toString(), "--data",
                data().toString(), "--out", out().toString()));
        args.addAll(db.configArgs());
        ChildJvm.killedAt("job-ended", data(), work.resolve("killed.log"), args);
        assertThat(db.column("SELECT status FROM settlement_run")).containsExactly("STARTED");
        assertThat(db.column("SELECT status FROM batch_job_execution")).containsExactly("COMPLETED");
        assertThat(checkRun().out()).isEqualTo(notConfigured());

        if (first.equals("restart")) {
            Run restart = SftpRunIT.settle(db.withConfig("restart", "--date", D, "--data", data().toString(), "--out",
                    out().toString()));
            assertThat(restart.code()).as(restart.err()).isZero();
            assertThat(restart.out().lines()).contains("2026-12-30 run 1 completed: outputs in " + outOfDate());
            assertThat(db.column("SELECT status FROM batch_job_execution")).containsExactly("COMPLETED");
            assertThat(db.column("SELECT status FROM settlement_run")).containsExactly("COMPLETED");

            Run again = SftpRunIT.settle(db.withConfig("run", "--date", D, "--from-dir", SAMPLES.toString(), "--data",
                    data().toString(), "--out", out().toString()));
            assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
            assertThat(again.err()).isEqualTo("settle: 2026-12-30 already has run 1 (COMPLETED); use ops/settle rerun"
                    + " --date 2026-12-30 --reason TEXT\n");
        }
        Run rerun = SftpRunIT.settle(db.withConfig("rerun", "--date", D, "--reason", "after the kill", "--data",
                data().toString(), "--out", out().toString()));
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.out().lines()).contains("2026-12-30 run 2 completed: outputs in " + outOfDate());
        assertThat(db.column("SELECT run_no || ':' || status FROM settlement_run ORDER BY run_no"))
                .containsExactly("1:COMPLETED", "2:COMPLETED");
        assertThat(db.column("SELECT COUNT(*) FROM payout")).containsExactly("4");
        Run probe = checkRun();
        assertThat(probe.code()).isEqualTo(1);
        assertThat(probe.out()).isEqualTo(notConfigured());
    }

    private void assertLoadedAndArchived() throws IOException {
        for (String name : List.of(POSP, ACOMA)) {
            assertThat(Files.readAllBytes(data().resolve("archive/20261230").resolve(name)))
                    .isEqualTo(Files.readAllBytes(SAMPLES.resolve(name)));
        }
        assertThat(SftpRunIT.names(landing())).isEmpty();
        Map<String, String> files = new LinkedHashMap<>();
        summary().get("files").forEach(f -> files.put(f.get("name").asText(), f.get("status").asText() + " "
                + f.get("sha256").asText()));
        assertThat(files).isEqualTo(Map.of(POSP, "LOADED " + Sha256.of(SAMPLES.resolve(POSP)),
                ACOMA, "LOADED " + Sha256.of(SAMPLES.resolve(ACOMA))));
        assertThat(summary().get("settlement").get("payouts").toString()).isEqualTo("{\"count\":4,\"totalFen\":1522725}");
    }

    private String notConfigured() {
        return "WARNING: run of 2026-12-30 COMPLETED and balanced, 4 payouts, but no bank target is configured: the payout"
                + " file is only in " + out() + "/20261230/payouts/; send it to the bank by other means, or configure"
                + " deliveries.bank in sources.yaml\n";
    }

    /** {@code ops/check-run} itself, as the monitoring system runs it. */
    private Run checkRun() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("ops/check-run", "--out", out().toString(), "--date", D).redirectErrorStream(true)
                .start();
        String printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(probe.waitFor(), printed, "");
    }

    private JsonNode summary() throws IOException {
        return new ObjectMapper().readTree(out().resolve("20261230/summary.json").toFile());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Path samples(String... names) throws IOException {
        return SftpRunIT.samples(work, names);
    }

    private Path data() {
        return work.resolve("data");
    }

    private Path out() {
        return work.resolve("out");
    }

    private Path outOfDate() {
        return out().toAbsolutePath().normalize().resolve("20261230");
    }

    private Path landing() {
        return data().resolve("landing/20261230");
    }

    private Path config() {
        return work.resolve("config");
    }
}
