package com.posclearing.report;

import static com.posclearing.statement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.MerchantId;
import com.posclearing.support.files.OutputPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayoutFileWriterTest {
    @TempDir
    Path out;

    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 11, 24);

    @Test
    void writesTheCsvWithoutBomWithCrlfAndTheControlFileWithItsSha256() throws Exception {
        List<PayoutLine> payouts = List.of(
                PayoutLine.of(DATE, MERCHANT, "6222021234567890", "上海某某餐饮有限公司", "102290000011", 10448, VALUE_DATE),
                PayoutLine.of(DATE, MerchantId.of("898310048160002"), "6228480000000001", "+86 茶叶铺, \"总店\"",
                        "103290000012", 123456789, VALUE_DATE));
        PayoutFiles files = new PayoutFileWriter().write(new OutputPaths(out, DATE), payouts);

        assertThat(files.csv()).isEqualTo(out.resolve("20261123/payouts/PAYOUT_20261123.csv"));
        assertThat(files.ctl()).isEqualTo(out.resolve("20261123/payouts/PAYOUT_20261123.ctl"));
        byte[] csv = Files.readAllBytes(files.csv());
        assertThat(csv[0]).isEqualTo((byte) 'p');
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
                "payout_id,merchant_id,account_no,account_name,bank_code,amount,currency,value_date\r\n"
                        + "P20261123898310048160001,898310048160001,6222021234567890,上海某某餐饮有限公司,102290000011,104.48,CNY,2026-11-24\r\n"
                        + "P20261123898310048160002,898310048160002,6228480000000001,\"+86 茶叶铺, \"\"总店\"\"\",103290000012,1234567.89,CNY,2026-11-24\r\n");
        String sha = sha256(csv);
        assertThat(files.sha256()).isEqualTo(sha);
        assertThat(Files.readString(files.ctl(), StandardCharsets.US_ASCII))
                .isEqualTo("count=2\r\ntotal=1234672.37\r\nsha256=" + sha + "\r\n");
        assertThat(files.count()).isEqualTo(2);
        assertThat(files.totalFen()).isEqualTo(123467237L);
    }

    @Test
    void aDayWithoutPayoutsGetsAHeaderOnlyFileAndCountZero() throws Exception {
        PayoutFiles files = new PayoutFileWriter().write(new OutputPaths(out, DATE), List.of());
        byte[] csv = Files.readAllBytes(files.csv());
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("payout_id,merchant_id,account_no,account_name,bank_code,amount,currency,value_date\r\n");
        assertThat(Files.readString(files.ctl())).isEqualTo("count=0\r\ntotal=0.00\r\nsha256=" + sha256(csv) + "\r\n");
    }

    @Test
    void refusesAPayoutOfAnotherDateAndLeavesNoFile() {
        List<PayoutLine> payouts = List.of(PayoutLine.of(DATE.plusDays(-1), MERCHANT, "1", "a", "b", 100, VALUE_DATE));
        assertThatThrownBy(() -> new PayoutFileWriter().write(new OutputPaths(out, DATE), payouts))
                .hasMessageContaining("P20261122898310048160001 is not of business date 2026-11-23");
        assertThat(out.resolve("20261123/payouts")).isEmptyDirectory();
    }

    @Test
    void refusesAZeroPayoutAndAForeignPayoutId() {
        assertThatThrownBy(() -> PayoutLine.of(DATE, MERCHANT, "1", "a", "b", 0, VALUE_DATE))
                .hasMessageContaining("a payout of 0 is not written");
        assertThatThrownBy(() -> new PayoutLine("P20261123898310048169999", MERCHANT, "1", "a", "b", 1, VALUE_DATE))
                .hasMessageContaining("payoutId must be P{yyyyMMdd}{merchantId}");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException, IOException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
