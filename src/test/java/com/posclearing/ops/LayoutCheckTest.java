package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ops/settle layout check}: what a file gives under a layout, without a database. */
class LayoutCheckTest {
    @TempDir
    Path tmp;

    @Test
    void printsCountsTotalsAndTheFieldsItMaps() {
        Cli.Result r = Cli.run("layout", "check", "sample-files/formats/INN15090588ZM_802310048993424", "--layout", "cups-zm");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("layout cups-zm (fixed, GBK, bank side) on INN15090588ZM_802310048993424, date 2015-09-05")
                .contains("maps [amountFen, cardNo, merchantId, origStan, origTxnTime, stan, terminalId, transmissionTime, txnType]")
                .contains("match keys: terminal + STAN + time")
                .contains("detail lines 8, transactions 8, amount 13227.00 yuan (1322700 fen), rejected lines 0")
                .contains("control totals: none in this layout");
    }

    @Test
    void showsTheFirstRejectsWithLineAndField() throws IOException {
        Path file = tmp.resolve("CLEARDTL_20261230.csv");
        Files.writeString(file, Files.readString(Path.of("sample-files/formats/CLEARDTL_20261230.csv"))
                .replace(",01080209,000102,", ",01080209,00010X,"));
        Cli.Result r = Cli.run("layout", "check", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("layout bank-csv (delimited, UTF-8, bank side)")
                .contains("match keys: terminal + RRN, terminal + STAN + time")
                .contains("detail lines 3, transactions 2, amount 1254.55 yuan (125455 fen), rejected lines 1")
                .contains("control totals of TOTAL: match")
                .contains("reject CLEARDTL_20261230.csv line 3");
    }

    @Test
    void aBadTotalIsExit3AndAnUnknownLayoutExit2() throws IOException {
        Path file = tmp.resolve("CLEARDTL_20261230.csv");
        Files.writeString(file, Files.readString(Path.of("sample-files/formats/CLEARDTL_20261230.csv"))
                .replace("TOTAL,3,1342.55", "TOTAL,3,1342.56"));
        Cli.Result bad = Cli.run("layout", "check", file.toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains("totalAmountFen").contains("says 134256 but the D records' amountFen sum to 134255");

        Cli.Result unknown = Cli.run("layout", "check", file.toString(), "--layout", "no-such");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no layout named no-such");
    }
}
