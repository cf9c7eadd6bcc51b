package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ops/settle demo} on the zero-setup default, a fresh H2 file database; the figures are in {@link DemoFigures}. */
@Proves("the demo's four nights end to end with the figures computed by hand; no full card number in any output, log or database dump")
class DemoEndToEndIT extends DemoFigures {
    @TempDir
    static Path work;
    static Path out;
    static String printed;

    @BeforeAll
    static void runDemo() throws Exception {
        out = work.resolve("out");
        printed = demo("--samples", "sample-files", "--data", work.resolve("data").toString(),
                "--out", out.toString(), "--operator", "e2e");
    }

    @Override
    Path out() {
        return out;
    }

    @Override
    String printed() {
        return printed;
    }

    @Override
    List<String> databaseOptions() {
        return List.of("--data", work.resolve("data").toString());
    }

    @Test
    void payoutFilesWereDeliveredToTheEmbeddedSftpServerAndFrozeThePayouts() throws Exception {
        Path bank = work.resolve("data/sftp/bank/upload/payout");
        List<String> delivered = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(bank)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(delivered::add);
        }
        assertThat(delivered).containsExactly("AGENT_PAYOUT_202612.csv", "AGENT_PAYOUT_202612.ctl", "PAYOUT_20261230.csv", "PAYOUT_20261230.ctl", "PAYOUT_20261231.csv",
                "PAYOUT_20261231.ctl", "PAYOUT_20270101.csv", "PAYOUT_20270101.ctl", "PAYOUT_20270102.csv", "PAYOUT_20270102.ctl");
        for (String name : delivered) {
            Path written = name.startsWith("AGENT_") ? out.resolve("agents/202612/" + name)
                    : out.resolve(name.substring(7, 15) + "/payouts/" + name);
            assertThat(Files.readAllBytes(bank.resolve(name))).as(name).isEqualTo(Files.readAllBytes(written));
        }
        // statements go to one folder per business date: the merchant keeps every day's
        for (String d : List.of("20261230", "20261231", "20270101", "20270102")) {
            assertThat(Files.readAllBytes(work.resolve("data/sftp/merchants/898310058120001/statements/" + d
                    + "/898310058120001.csv"))).as(d).isEqualTo(Files.readAllBytes(out.resolve(d + "/statements/898310058120001.csv")));
        }

        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            code = SettleCommand.execute("status", "--date", "2026-12-31", "--data", work.resolve("data").toString(),
                    "--out", out.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("payouts 5 totalling 1700.73 yuan, delivered to the bank at ")
                .containsPattern("delivered PAYOUT_20261231.csv +to bank +at ")
                .containsPattern("delivered PAYOUT_20261231.ctl +to bank +at ");
    }

    @Test
    void noFullCardNumberInAnyOutputLogArchiveSpillOrTheDatabase() throws Exception {
        assertThat(CardNumbers.under(work)).isEmpty();
        StringBuilder dump = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                com.posclearing.h2server.H2Server.url(work.resolve("data/db/clearing")), "sa", "");
             java.sql.ResultSet script = c.createStatement().executeQuery("SCRIPT")) {
            while (script.next()) {
                dump.append(script.getString(1)).append('\n');
            }
        }
        assertThat(dump).contains("622588******1234");
        assertThat(CardNumbers.in(dump.toString())).isEmpty();
    }
}
