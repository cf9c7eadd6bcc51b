package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.Sha256;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10's ingest defects through the command line, on the demo's inputs of 2026-12-30 (4 payouts, 1,522,725 fen):
 * a damaged bank file is rejected whole and a corrected one is loaded on restart; other content under a loaded name
 * fails the attempt naming both SHA-256s; bad non-detail lines are rejected alone; a NUL byte and an overlong record
 * type are refused with a sentence; no card number is stored in clear; archive and quarantine are owner-only.
 * Runs on H2 and, in the failsafe execution {@code postgresql}, on PostgreSQL (where a NUL used to fail the COPY).
 */
class IngestRejectsIT {
    private static final String DATE = "2026-12-30";
    private static final String POSP = "POSP_20261230_N01_001.csv";
    private static final String ACOMA = "IND26123032ACOMA";
    private static final Charset GBK = Charset.forName("GBK");
    private static final long PAYOUT_TOTAL_FEN = 1_522_725L;

    @RegisterExtension
    final CommandNight night = new CommandNight("ingest-test");

    @Test
    void aCutBankFileIsRejectedWholeThenOtherContentUnderALoadedNameFailsTheAttemptThenTheRunCompletes() throws Exception {
        byte[] acoma = sample(ACOMA);
        byte[] cut = Arrays.copyOf(acoma, 3000);
        Files.write(night.inbox().resolve(POSP), sample(POSP));
        Files.write(night.inbox().resolve(ACOMA), cut);

        SftpRunIT.Run first = night.settle("run", "--date", DATE, "--from-dir", night.inbox().toString());

        assertThat(first.code()).isEqualTo(3);
        assertThat(first.err()).contains("settle: run 1 of " + DATE + " failed: " + ACOMA + ": line 7 field record:"
                + " the file ends inside this line, without CR LF: it was cut short (truncated in transfer?); it is in "
                + night.data().resolve("quarantine/20261230") + ": get a corrected file into "
                + night.data().resolve("landing/20261230")
                + " and restart the run of " + DATE + "\n");
        assertThat(first.err()).doesNotContain("\tat ");
        assertThat(night.data().resolve("quarantine/20261230/" + ACOMA)).hasBinaryContent(cut);
        assertThat(night.data().resolve("archive/20261230/" + ACOMA)).doesNotExist();
        assertThat(night.query("SELECT COUNT(*) FROM recon_outcome WHERE side = 'BANK'")).containsExactly("0");
        assertThat(mode(night.data().resolve("quarantine/20261230"))).isEqualTo("rwx------");
        assertThat(mode(night.data().resolve("quarantine/20261230/" + ACOMA))).isEqualTo("rw-------");
        assertThat(mode(night.data().resolve("quarantine/20261230/" + ACOMA + ".reason.txt"))).isEqualTo("rw-------");
        assertThat(mode(night.data().resolve("archive/20261230"))).isEqualTo("rwx------");
        assertThat(mode(night.data().resolve("archive/20261230/" + POSP))).isEqualTo("rw-------");

        // the corrected bank file, and another POSP file under the name of the one loaded
        byte[] otherPosp = new String(sample(POSP), StandardCharsets.UTF_8).replace("20261231003000", "20261231003100")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(night.data().resolve("landing/20261230/" + ACOMA), acoma);
        Files.write(night.data().resolve("landing/20261230/" + POSP), otherPosp);
        String loadedSha = Sha256.of(night.inbox().resolve(POSP));
        String otherSha = Sha256.of(night.data().resolve("landing/20261230/" + POSP));

        SftpRunIT.Run second = night.settle("restart", "--date", DATE);

        assertThat(second.code()).isEqualTo(3);
        assertThat(second.err()).contains("failed: " + POSP + ": a different file of this name was already loaded on " + DATE
                + " (loaded sha256 " + loadedSha + ", this one sha256 " + otherSha + "); an operator must decide which is"
                + " right: the other one is in " + night.data().resolve("quarantine/20261230") + "; to go on with the loaded one,"
                + " restart the run of " + DATE + "\n");
        assertThat(night.data().resolve("quarantine/20261230/" + POSP)).hasBinaryContent(otherPosp);
        assertThat(night.data().resolve("archive/20261230/" + ACOMA)).hasBinaryContent(acoma);

        SftpRunIT.Run third = night.settle("restart", "--date", DATE);

        assertThat(third.code()).isZero();
        assertThat(payoutTotalFen()).isEqualTo(PAYOUT_TOTAL_FEN);
        assertThat(night.data().resolve("archive/20261230/" + POSP)).hasBinaryContent(sample(POSP));
        SftpRunIT.Run status = night.settle("status", "--date", DATE);
        assertThat(status.out()).contains("  rejected " + ACOMA + " (sha256 "
                + Sha256.of(night.data().resolve("quarantine/20261230/"
                + ACOMA)) + "): " + ACOMA + " line 7 field record: the file ends inside this line, without CR LF: it was cut"
                + " short (truncated in transfer?)\n");
        assertThat(status.out()).contains("  rejected " + POSP + " (sha256 " + otherSha + "): " + POSP + ": a different file"
                + " of this name was already loaded on " + DATE + " (loaded sha256 " + loadedSha + ", this one sha256 "
                + otherSha + "); an operator must decide which is right\n");
    }

    @Test
    void badNonDetailLinesAreRejectedAloneAndNoCardNumberIsStoredInClear() throws Exception {
        List<String> posp = new ArrayList<>(Arrays.asList(new String(sample(POSP), StandardCharsets.UTF_8).split("\r\n", -1)));
        posp.add(2, "Z".repeat(2_000) + ",unknown");
        posp.set(9, posp.get(9).replace("S,898310058120001,58120101,000101,4,", "S,898310058120001,58120101,000101,four,"));
        Files.writeString(night.inbox().resolve(POSP), String.join("\r\n", posp), StandardCharsets.UTF_8);
        byte[] acoma = sample(ACOMA);
        byte[] name = Arrays.copyOf("6222021234567894".getBytes(GBK), 40);
        Arrays.fill(name, 16, 40, (byte) ' ');
        System.arraycopy(name, 0, acoma, 336, 40); // line 1, field 41 (merchant name, bytes 337-376)
        Files.write(night.inbox().resolve(ACOMA), acoma);

        SftpRunIT.Run run = night.settle("run", "--date", DATE, "--from-dir", night.inbox().toString());

        assertThat(run.code()).isZero();
        assertThat(night.query("SELECT line_no, field, reason FROM rejected_line ORDER BY line_no")).containsExactly(
                "3|recordType|" + POSP + " line 3 field recordType: unknown record type (value '" + "Z".repeat(40) + "...')",
                "10|saleCount|" + POSP + " line 10 field saleCount: expected digits (value 'four')");
        assertThat(night.query("SELECT file_name, records, rejected_lines, status FROM input_file ORDER BY file_name"))
                .containsExactly(
                ACOMA + "|16|0|LOADED", POSP + "|15|2|LOADED");
        assertThat(night.query("SELECT merchant_name FROM recon_outcome WHERE side = 'BANK' AND line_no = 1")).containsExactly("622202******7894");
        assertThat(payoutTotalFen()).isEqualTo(PAYOUT_TOTAL_FEN);
    }

    @Test
    void aNulByteAndAnOverlongRecordTypeAreRefusedWithASentence() throws Exception {
        String posp = new String(sample(POSP), StandardCharsets.UTF_8);
        Files.writeString(night.inbox().resolve(POSP), posp.replace(",A00037,", ",A0\u00007,"), StandardCharsets.UTF_8);
        Files.writeString(night.inbox().resolve("POSP_20261230_N02_001.csv"), "Y".repeat(3_000) + "\n" + posp,
                StandardCharsets.UTF_8);
        Files.write(night.inbox().resolve(ACOMA), sample(ACOMA));

        SftpRunIT.Run run = night.settle("run", "--date", DATE, "--from-dir", night.inbox().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("failed: " + POSP + ": line 3 field authCode: holds a NUL byte (0x00): not a"
                + " text file of this layout (damaged in transfer?); it is in ");
        assertThat(night.query("SELECT file_name, status, reason FROM input_file WHERE status = 'REJECTED' ORDER BY file_name"))
                .containsExactly(POSP + "|REJECTED|" + POSP + " line 3 field authCode: holds a NUL byte (0x00): not a text file"
                        + " of this layout (damaged in transfer?)",
                        "POSP_20261230_N02_001.csv|REJECTED|POSP_20261230_N02_001.csv line 1 field recordType: the first record is "
                        + "Y".repeat(40) + "..., expected the header H");
        assertThat(night.query("SELECT COUNT(*) FROM recon_outcome WHERE side = 'TERMINAL'")).containsExactly("0");
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("sample-files", name));
    }


    private long payoutTotalFen() throws IOException {
        List<String> rows = Files.readAllLines(night.out().resolve("20261230/payouts/PAYOUT_20261230.csv"));
        assertThat(rows).hasSize(5);
        return rows.stream().skip(1).mapToLong(l -> new BigDecimal(l.split(",")[5]).movePointRight(2).longValueExact()).sum();
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

}
