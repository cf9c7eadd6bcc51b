package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Sha256;
import com.posclearing.testdb.TestDatabase;
import com.posclearing.transfer.batch.OutputDelivery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ops/settle run --date D} fetching over SFTP from the embedded MINA server ({@link DemoSftp}) holding the
 * sample files of 2026-12-30 only, through the whole job including the deliver step; then the faults: a file missing
 * at the deadline (exit 4), an unknown host key (exit 1), and the built-in default's placeholder targets. Each test
 * has a database of its own ({@link TestDatabase}: H2 or PostgreSQL; the latter's datasource goes into the config folder).
 */
class SftpRunIT {
    private static final BusinessDate D = BusinessDate.parse("2026-12-30");
    static final Path SAMPLES = Path.of("sample-files");
    static final String POSP = "POSP_20261230_N01_001.csv";
    static final String ACOMA = "IND26123032ACOMA";

    @TempDir
    Path work;
    TestDatabase db;

    @BeforeEach
    void database() {
        db = TestDatabase.create(data());
        db.writeInto(config());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void fetchesLoadsArchivesAndDeliversOneDateAndASecondDeliverySendsNothing() throws Exception {
        try (DemoSftp sftp = DemoSftp.start(samples(POSP, ACOMA), data(), config(), Duration.ofSeconds(5))) {
            Run run = settle("run", "--date", D.toString(), "--config", config().toString(), "--data", data().toString(),
                    "--out", out().toString(), "--operator", "it");
            assertThat(run.code).as(run.err).isZero();

            // fetched into landing, registered by SHA-256, loaded, archived: landing holds nothing any more
            assertThat(Files.readAllBytes(data().resolve("archive/20261230").resolve(POSP))).isEqualTo(Files.readAllBytes(SAMPLES.resolve(POSP)));
            assertThat(Files.readAllBytes(data().resolve("archive/20261230").resolve(ACOMA))).isEqualTo(Files.readAllBytes(SAMPLES.resolve(ACOMA)));
            assertThat(names(data().resolve("landing/20261230"))).isEmpty();
            JsonNode summary = new ObjectMapper().readTree(out().resolve("20261230/summary.json").toFile());
            Map<String, String> files = new LinkedHashMap<>();
            summary.get("files").forEach(f -> files.put(f.get("name").asText(), f.get("status").asText() + " " + f.get("sha256").asText()));
            assertThat(files).isEqualTo(Map.of(POSP, "LOADED " + Sha256.of(SAMPLES.resolve(POSP)),
                    ACOMA, "LOADED " + Sha256.of(SAMPLES.resolve(ACOMA))));
            assertThat(outcomes(summary.get("terminal"))).isEqualTo(Map.of("MATCHED", "10/1570050", "AMOUNT_MISMATCH", "1/15800",
                    "PENDING", "1/8800", "VOIDED", "2/40000", "REJECTED", "1/9900"));
            assertThat(outcomes(summary.get("bank"))).isEqualTo(Map.of("MATCHED", "10/1570050", "AMOUNT_MISMATCH", "1/18500",
                    "MISSING_AT_TERMINAL", "1/7700", "VOIDED", "2/40000", "REVERSED", "1/5000", "REJECTED", "1/9900"));

            // the payout pair is at the bank, byte for byte, and nothing half-written beside it
            Path bank = sftp.root().resolve(DemoSftp.PAYOUT_DIR);
            assertThat(names(bank)).containsExactly("PAYOUT_20261230.csv", "PAYOUT_20261230.ctl");
            assertThat(Files.readAllBytes(bank.resolve("PAYOUT_20261230.csv")))
                    .isEqualTo(Files.readAllBytes(out().resolve("20261230/payouts/PAYOUT_20261230.csv")));
            assertThat(Files.readAllBytes(bank.resolve("PAYOUT_20261230.ctl")))
                    .isEqualTo(Files.readAllBytes(out().resolve("20261230/payouts/PAYOUT_20261230.ctl")));
            List<String> statements = names(out().resolve("20261230/statements"));
            assertThat(statements).hasSize(12); // xlsx + csv of 6 merchants
            assertThat(Files.readAllBytes(sftp.root().resolve("merchants/898310058120001/statements/20261230/898310058120001.csv")))
                    .isEqualTo(Files.readAllBytes(out().resolve("20261230/statements/898310058120001.csv")));

            try (ConfigurableApplicationContext ctx = context()) {
                JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
                List<Timestamp> deliveredAt = jdbc.queryForList("SELECT delivered_at FROM payout WHERE business_date = ?"
                        + " ORDER BY payout_id", Timestamp.class, java.sql.Date.valueOf(D.value()));
                assertThat(deliveredAt).hasSize(4).doesNotContainNull();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE business_date = ?", Long.class,
                        java.sql.Date.valueOf(D.value()))).isEqualTo(2 + statements.size());

                // the bank removed the file meanwhile: a second delivery still sends nothing (it was delivered)
                Files.delete(bank.resolve("PAYOUT_20261230.csv"));
                OutputDelivery.Result again = ctx.getBean(OutputDelivery.class).deliver(D, 1);
                assertThat(again.sent()).isZero();
                assertThat(again.alreadyDelivered()).isEqualTo(2 + statements.size());
                assertThat(again.payoutsFrozen()).isZero();
                assertThat(names(bank)).containsExactly("PAYOUT_20261230.ctl");
                assertThat(jdbc.queryForList("SELECT delivered_at FROM payout WHERE business_date = ? ORDER BY payout_id",
                        Timestamp.class, java.sql.Date.valueOf(D.value()))).isEqualTo(deliveredAt);
            }

            Run status = settle("status", "--date", D.toString(), "--config", config().toString(), "--data", data().toString());
            assertThat(status.out).contains("payouts 4 totalling 15227.25 yuan, delivered to the bank at ")
                    .containsPattern("delivered PAYOUT_20261230.csv +to bank ")
                    .containsPattern("delivered 898310058120001.xlsx +to statements:direct:898310058120001/20261230 ")
                    .doesNotContain("WARNING");
        }
    }

    @Test
    void aFileMissingAtTheDeadlineEndsTheRunWithExitCode4NamingTheFileAndHost() throws Exception {
        try (DemoSftp sftp = DemoSftp.start(samples(POSP), data(), config(), Duration.ofMillis(600))) {
            Run run = settle("run", "--date", D.toString(), "--config", config().toString(), "--data", data().toString(),
                    "--out", out().toString());
            assertThat(run.code).isEqualTo(ExitCodes.INPUT_MISSING);
            assertThat(run.err).contains("input file " + ACOMA + " in /bank/download on 127.0.0.1:" + sftp.port())
                    .contains("did not arrive by the deadline").hasLineCount(1);
            assertThat(names(sftp.root().resolve(DemoSftp.PAYOUT_DIR))).isEmpty();
        }
    }

    @Test
    void anUnknownHostKeyIsRefusedWithExitCode1NamingHostAndFingerprint() throws Exception {
        try (DemoSftp sftp = DemoSftp.start(samples(POSP, ACOMA), data(), config(), Duration.ofSeconds(5))) {
            Files.writeString(data().resolve("sftp-keys/known_hosts"), "");
            Run run = settle("run", "--date", D.toString(), "--config", config().toString(), "--data", data().toString(),
                    "--out", out().toString());
            assertThat(run.code).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err).contains("127.0.0.1:" + sftp.port()).contains("SHA256:").hasLineCount(1);
            assertThat(names(data().resolve("landing/20261230"))).isEmpty();
        }
    }

    @Test
    void theBuiltInPlaceholderTargetsAreNotConfiguredSoNothingIsDeliveredAndPayoutsStayOpen() throws Exception {
        // the built-in configuration: on PostgreSQL a config folder naming only the datasource
        Run run = settle(db.withConfig("run", "--date", D.toString(), "--from-dir", samples(POSP, ACOMA).toString(), "--data",
                data().toString(), "--out", out().toString()));
        assertThat(run.code).as(run.err).isZero();
        try (ConfigurableApplicationContext ctx = Contexts.open(options(db.configDir()))) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payout WHERE delivered_at IS NULL", Long.class)).isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery", Long.class)).isZero();
        }
    }

    @Test
    void statusWarnsLoudlyWhenASourceTurnsHostKeyCheckingOff() throws Exception {
        DemoSftp sftp = DemoSftp.start(samples(POSP), data(), config(), Duration.ofSeconds(5));
        try {
            Path yaml = config().resolve("sources.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("    user: clearing\n", "    user: clearing\n    insecureHostKeys: true\n"));
            Run status = settle("status", "--config", config().toString(), "--data", data().toString());
            assertThat(status.code).isZero();
            // the first line the command prints (log lines, which start with the time, go to the console too)
            assertThat(status.out.lines().filter(l -> !l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).findFirst().orElseThrow())
                    .startsWith("WARNING: HOST-KEY CHECKING IS OFF (insecureHostKeys: true) for source posp in sources.yaml in ");
            assertThat(status.out).contains("no run yet");
        } finally {
            sftp.close();
        }
    }

    private Path data() {
        return work.resolve("data");
    }

    private Path out() {
        return work.resolve("out");
    }

    private Path config() {
        return work.resolve("config");
    }

    private Path samples(String... names) throws IOException {
        return samples(work, names);
    }

    /** A folder {@code work/samples} holding copies of the named sample files. */
    static Path samples(Path work, String... names) throws IOException {
        Path dir = Files.createDirectories(work.resolve("samples"));
        for (String n : names) {
            Files.copy(SAMPLES.resolve(n), dir.resolve(n));
        }
        return dir;
    }

    private CommonOptions options(Path configDir) {
        CommonOptions o = new CommonOptions();
        o.configDir = configDir;
        o.dataDir = data();
        o.outDir = out();
        return o;
    }

    private ConfigurableApplicationContext context() {
        return Contexts.open(options(config()));
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> outcomes(JsonNode side) {
        Map<String, String> map = new LinkedHashMap<>();
        side.get("outcomes").properties().forEach(e -> map.put(e.getKey(),
                e.getValue().get("count").asLong() + "/" + e.getValue().get("amountFen").asLong()));
        return map;
    }

    record Run(int code, String out, String err) {
    }

    /** Runs a command line, capturing what it prints (the commands print to System.out and System.err). */
    static Run settle(String... args) throws Exception {
        return capture(() -> SettleCommand.execute(args));
    }

    /** Keeps what was printed in the test log too, for whoever reads a failure. */
    private static java.io.OutputStream tee(ByteArrayOutputStream kept, PrintStream shown) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) {
                kept.write(b);
                shown.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                kept.write(b, off, len);
                shown.write(b, off, len);
            }
        };
    }

    private static Run capture(Callable<Integer> command) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<Integer> code = new ArrayList<>();
        try {
            System.setOut(new PrintStream(tee(o, out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(tee(e, err), true, StandardCharsets.UTF_8));
            code.add(command.call());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(code.get(0), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
