package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.Sha256;
import com.posclearing.reliability.Proves;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retention on the four sample nights, as of 2027-01-05 (the command's clock fixed by {@code clearing.clock}, as the
 * schedule's purge job reads it): a test policy of inputs 4, spills 3, outputs 3, records 3 days, so 2026-12-30 is past
 * every policy and later dates past some. Exactly the items past policy and safe go; every other file keeps its
 * SHA-256 and every other table its count; a dry run, a second purge and each kind are audited; a rerun that would
 * need purged rows is refused. Carry window 0 and look-back 1: no date's records are named by a later date.
 */
@Proves("retention with a fixed clock: only items past policy and safe go, the rest byte- and count-identical, audited")
class PurgeIT {
    private static final List<String> DATES = List.of("2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02");
    private static final List<String> RECORD_TABLES = List.of("rejected_line", "terminal_batch", "recon_outcome",
            "merchant_tally", "outcome_tally");
    private static final List<String> KEPT_TABLES = List.of("input_file", "settlement_run", "merchant_day", "payout",
            "adjustment", "delivery", "break_record", "break_event", "agent_share", "agent_day", "id_counter", "mail_delivery");

    private static final String LOOK_BACK = "within the 1-day duplicate look-back of 2027-01-02, the latest settled date";
    private static final String[] PURGED = {
        "purge inputs up to 2026-12-31: removed 1 date (2026-12-30), 2 files; kept past policy: 2026-12-31 (its latest run is STARTED)",
        "purge spills up to 2027-01-01: removed 1 date (2026-12-30), 2 files",
        "purge outputs up to 2027-01-01: removed 1 date (2026-12-30), 16 files; kept past policy: 2026-12-31 (its latest run is"
                + " STARTED), 2027-01-01 (its run lock is held by otherhost:1:1)",
        "purge records up to 2027-01-01: removed 1 date (2026-12-30), 64 rows; kept past policy: 2026-12-31 (its latest run is"
                + " STARTED), 2027-01-01 (" + LOOK_BACK + ")",
        "purge as of 2027-01-05: removed 84 items"};

    @RegisterExtension
    final CommandNight night = new CommandNight("purge-test");
    private Path config;

    @Test
    void purgesExactlyWhatIsPastPolicyAndSafeAuditsItAndRefusesAPurgedRerun() throws Exception {
        config = night.db().writeInto(Files.createDirectories(night.work().resolve("config")));
        Files.writeString(config.resolve("application.properties"), "\nclearing.carry-window-days=0\n"
                + "clearing.duplicate-lookback-days=1\nclearing.clock=2027-01-05T05:00:00+08:00\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        for (String d : DATES) {
            assertThat(settle("run", "--date", d, "--from-dir", "sample-files").code()).isZero();
        }
        Files.writeString(config.resolve("retention.yaml"), """
                inputs: {keepDays: 4}
                spills: {keepDays: 3}
                outputs: {keepDays: 3}
                records: {keepDays: 3}
                """);
        // caches a run left behind (a completed run deletes its own): two of 2026-12-30, one of 2027-01-02
        plant("data/work/20261230/spill/1/bucket00.bin", "data/work/20261230/run-1/lines/p0.bin",
                "data/work/20270102/spill/9/bucket01.bin");
        // 2026-12-30's breaks decided; a rerun of 2026-12-31 left STARTED; another host holds 2027-01-01's lock
        execute("UPDATE break_record SET state = 'APPLIED' WHERE business_date = DATE '2026-12-30'");
        execute("INSERT INTO settlement_run (business_date, run_no, status, operator, started_at) VALUES"
                + " (DATE '2026-12-31', 2, 'STARTED', 'ops', TIMESTAMP '2027-01-04 10:00:00')");
        execute("INSERT INTO run_lock (job_name, business_date, owner, acquired_at, running_date) VALUES"
                + " ('nightly-settlement', DATE '2027-01-01', 'otherhost:1:1', TIMESTAMP '2027-01-05 04:59:00', DATE '2027-01-01')");

        Map<String, String> files = files();
        Map<String, Long> records = recordCounts();
        Map<String, Long> kept = keptCounts();
        // 81 inputs, outputs and caches, and 64 look-back key files (one per reconcile bucket) of each date's run
        assertThat(files).hasSize(81 + 4 * 64);

        // a dry run lists what would go and removes nothing; 2026-12-30's record rows wait for its payouts' delivery
        SftpRunIT.Run dry = settle("purge", "--dry-run", "--as-of", "2027-01-05");
        assertThat(dry.code()).isZero();
        assertThat(purgeLines(dry)).containsExactly(
                "purge inputs up to 2026-12-31: would remove 1 date (2026-12-30), 2 files; kept past policy: 2026-12-31 (its latest run is STARTED)",
                "purge spills up to 2027-01-01: would remove 1 date (2026-12-30), 2 files",
                "purge outputs up to 2027-01-01: would remove 1 date (2026-12-30), 16 files; kept past policy: 2026-12-31 (its latest"
                        + " run is STARTED), 2027-01-01 (its run lock is held by otherhost:1:1)",
                "purge records up to 2027-01-01: would remove 0 dates, 0 rows; kept past policy: 2026-12-30 (4 payouts not delivered),"
                        + " 2026-12-31 (its latest run is STARTED), 2027-01-01 (" + LOOK_BACK + ")",
                "purge as of 2027-01-05: would remove 20 items (dry run: nothing removed)");
        assertThat(files()).isEqualTo(files);
        assertThat(recordCounts()).isEqualTo(records);
        assertThat(keptCounts()).isEqualTo(kept);

        // the payouts of 2026-12-30 reach the bank; the purge as of the fixed clock's day (no --as-of) removes them all
        execute("UPDATE payout SET delivered_at = TIMESTAMP '2026-12-31 09:00:00' WHERE business_date = DATE '2026-12-30'");
        SftpRunIT.Run purge = settle("purge");
        assertThat(purge.code()).isZero();
        assertThat(purgeLines(purge)).containsExactly(PURGED);
        Map<String, String> after = files();
        Map<String, String> gone = new TreeMap<>(files);
        gone.keySet().removeAll(after.keySet());
        // 2 inputs + 2 spills + 16 outputs (12 statements, 3 reports, summary.json) + 64 key files with the record rows;
        // payouts/ stays
        assertThat(gone.keySet()).hasSize(20 + 64).allMatch(f -> f.startsWith("data/archive/20261230/")
                || f.startsWith("data/work/20261230/") || f.startsWith("data/keys/20261230/run-1/")
                || f.startsWith("out/20261230/") && !f.startsWith("out/20261230/payouts/"));
        assertThat(files.keySet().stream().filter(f -> f.contains("/20261230/") && !f.startsWith("out/20261230/payouts/")))
                .containsExactlyInAnyOrderElementsOf(gone.keySet());
        assertThat(night.data().resolve("archive/20261230")).doesNotExist();
        assertThat(night.data().resolve("work/20261230")).doesNotExist();
        assertThat(night.data().resolve("keys/20261230")).doesNotExist();
        assertThat(Files.list(night.out().resolve("20261230")).map(p -> p.getFileName().toString())).containsExactly("payouts");
        // whatever stays keeps its bytes: the payout pair of 2026-12-30 and everything of the other dates
        assertThat(after).hasSize(61 + 3 * 64).allSatisfy((path, sha) -> assertThat(sha).as(path).isEqualTo(files.get(path)));
        Map<String, Long> removedRows = new TreeMap<>(records);
        removedRows.keySet().removeAll(recordCounts().keySet());
        // the 16 bank and 15 terminal records of the date, each one row with its outcome (V25), and their tallies
        assertThat(removedRows).containsExactly(Map.entry("merchant_tally 2026-12-30", 6L), Map.entry("outcome_tally 2026-12-30", 21L),
                Map.entry("recon_outcome 2026-12-30", 31L), Map.entry("terminal_batch 2026-12-30", 6L));
        assertThat(recordCounts()).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(records.get(k)));
        assertThat(keptCounts()).isEqualTo(kept);
        // past policy and still there: only what a reason keeps (12-31's unfinished rerun, 01-01's lock and look-back)
        assertThat(after.keySet().stream().filter(f -> f.startsWith("data/archive/") && f.compareTo("data/archive/20270101") < 0
                || f.startsWith("data/work/") && f.compareTo("data/work/20270102") < 0
                || f.startsWith("out/") && f.compareTo("out/20270102") < 0 && !f.contains("/payouts/"))
                .map(f -> f.split("/")[0] + "/" + f.split("/")[1] + (f.startsWith("data") ? "/" + f.split("/")[2] : "")).distinct())
                .containsExactly("data/archive/20261231", "out/20261231", "out/20270101");
        assertThat(night.query("SELECT kind, business_date, items, as_of FROM retention_purge ORDER BY kind")).containsExactly(
                "inputs|2026-12-30|2|2027-01-05", "outputs|2026-12-30|16|2027-01-05", "records|2026-12-30|64|2027-01-05",
                "spills|2026-12-30|2|2027-01-05");

        // nothing more is due: a second purge removes 0 and says so
        SftpRunIT.Run again = settle("purge", "--as-of", "2027-01-05");
        assertThat(again.code()).isZero();
        assertThat(purgeLines(again)).last().isEqualTo("purge as of 2027-01-05: removed 0 items");
        assertThat(files()).isEqualTo(after);

        // one row when each purge starts, one per kind, one when it ends
        String policy = "keepDays: inputs 4, spills 3, outputs 3, records 3";
        List<String> audit = night.query("SELECT operator, command, arguments, reason, result FROM audit_log"
                + " WHERE command = 'purge' ORDER BY audit_id");
        assertThat(audit).hasSize(18).allMatch(row -> row.startsWith("purge-test|purge|--as-of 2027-01-05") && row.contains(policy));
        assertThat(audit.subList(6, 12)).containsExactly(
                "purge-test|purge|--as-of 2027-01-05|" + policy + "|started",
                "purge-test|purge|--as-of 2027-01-05 inputs|" + policy + "|" + PURGED[0].substring(6),
                "purge-test|purge|--as-of 2027-01-05 spills|" + policy + "|" + PURGED[1].substring(6),
                "purge-test|purge|--as-of 2027-01-05 outputs|" + policy + "|" + PURGED[2].substring(6),
                "purge-test|purge|--as-of 2027-01-05 records|" + policy + "|" + PURGED[3].substring(6),
                "purge-test|purge|--as-of 2027-01-05|" + policy + "|exit 0: removed 84 items");
        assertThat(audit.get(5)).endsWith("|exit 0: would remove 20 items");
        assertThat(audit.get(1)).contains("--dry-run inputs|");
        assertThat(audit.subList(13, 17)).allMatch(row -> row.contains(": removed 0 dates, 0 "));
        assertThat(audit.get(17)).endsWith("|exit 0: removed 0 items");

        // a rerun that needs purged rows is refused before anything runs
        SftpRunIT.Run rerun = settle("rerun", "--date", "2026-12-30", "--reason", "check");
        assertThat(rerun.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(rerun.err()).contains("settle: 2026-12-30 cannot be rerun: its archived inputs and record rows were purged"
                + " by retention as of 2027-01-05 (retention.yaml), and a rerun without them would write other figures; its"
                + " payout file stays in " + night.out().resolve("20261230/payouts"));
        execute("DELETE FROM settlement_run WHERE business_date = DATE '2026-12-31' AND run_no = 2");
        SftpRunIT.Run rerun31 = settle("rerun", "--date", "2026-12-31", "--reason", "check");
        assertThat(rerun31.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(rerun31.err()).contains("settle: 2026-12-31 cannot be rerun: the record rows of 2026-12-30, within its 1-day"
                + " duplicate look-back, were purged by retention as of 2027-01-05");
        assertThat(night.query("SELECT COUNT(*) FROM settlement_run")).containsExactly("4");
        assertThat(files()).isEqualTo(after);
    }

    /** ops/settle with this test's folders and its own --config (the datasource, the settings, retention.yaml). */
    private SftpRunIT.Run settle(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", night.data().toString(), "--out", night.out().toString(), "--operator", "purge-test",
                "--config", config.toString()));
        return SftpRunIT.settle(all.toArray(String[]::new));
    }

    private static List<String> purgeLines(SftpRunIT.Run run) {
        return run.out().lines().filter(l -> l.startsWith("purge ")).toList();
    }

    private void plant(String... paths) throws IOException {
        for (String p : paths) {
            Path f = night.work().resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "cache of " + p);
        }
    }

    /** Every file under data/ (but the database and logs) and out/, with its SHA-256. */
    private Map<String, String> files() throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (Path root : List.of(night.data(), night.out())) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String rel = night.work().relativize(f).toString();
                    if (!rel.startsWith("data/db/") && !rel.startsWith("data/logs/")) {
                        all.put(rel, Sha256.of(f));
                    }
                }
            }
        }
        return all;
    }

    private Map<String, Long> recordCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : RECORD_TABLES) {
            for (String row : night.query("SELECT business_date, COUNT(*) FROM " + t + " GROUP BY business_date ORDER BY 1")) {
                String[] p = row.split("\\|");
                counts.put(t + " " + p[0], Long.parseLong(p[1]));
            }
        }
        return counts;
    }

    private Map<String, Long> keptCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : KEPT_TABLES) {
            counts.put(t, Long.parseLong(night.query("SELECT COUNT(*) FROM " + t).get(0)));
        }
        return counts;
    }

    private void execute(String sql) throws Exception {
        try (var c = night.db().connect(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
