package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.TxnType;
import com.posclearing.layout.Layouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats onboarded by layout files only (config/layouts/bank-csv.yaml, qr-bill.yaml), on their samples. */
class OnboardedFormatsTest {
    private static final Path FORMATS = Path.of("sample-files/formats");
    private static final BusinessDate DATE = BusinessDate.of(2026, 12, 30);
    private final FileParser parser = new FileParser(Layouts.load(ConfigFiles.builtIn()));

    @TempDir
    Path tmp;

    @Test
    void bankCsvByHeaderNamesWithQuotedValuesYuanAndDebitCredit() {
        String name = "CLEARDTL_20261230.csv";
        CollectingSink sink = new CollectingSink();
        FileResult result = parser.parse(FORMATS.resolve(name), name, DATE, sink);

        assertThat(sink.rejects).isEmpty();
        assertThat(result).isEqualTo(new FileResult(name, "bank-csv", 3, 3, 134_255L, 0, 0, 0, 0, 0));
        BankTxn first = sink.bank.get(0);
        assertThat(first.amountFen()).isEqualTo(123_450L);
        assertThat(first.merchantName()).isEqualTo("Bakery, Wangfujing");
        assertThat(first.transmissionTime()).isEqualTo(LocalDateTime.of(2026, 12, 30, 10, 11, 12));
        assertThat(first.rrn().value()).isEqualTo("612300000101");
        assertThat(first.txnType()).isEqualTo(TxnType.SALE);
        assertThat(sink.bank.get(1).merchantName()).isEqualTo("The \"Noodle\" House");
        assertThat(sink.bank.get(2).txnType()).isEqualTo(TxnType.REFUND);
        assertThat(sink.bank.get(2).amountFen()).isEqualTo(2_005L);
    }

    @Test
    void qrBillWithTitleBlockBacktickValuesAndSummaryBlock() {
        String name = "QRBILL_20261230_102310048993424.csv";
        CollectingSink sink = new CollectingSink();
        FileResult result = parser.parse(FORMATS.resolve(name), name, DATE, sink);

        assertThat(sink.rejects).isEmpty();
        assertThat(result).isEqualTo(new FileResult(name, "qr-bill", 3, 3, 40_010L, 0, 0, 0, 0, 0));
        BankTxn second = sink.bank.get(1);
        assertThat(second.amountFen()).isEqualTo(25_010L);
        assertThat(second.stan().value()).isEqualTo("000202");
        assertThat(second.rrn().value()).isEqualTo("612300000202");
        assertThat(second.terminalId().value()).isEqualTo("01080209");
        assertThat(second.cardNo().last4()).isEqualTo("0000");
        assertThat(sink.bank.get(2).txnType()).isEqualTo(TxnType.REFUND);
    }

    @Test
    void aFooterTotalThatDoesNotAddUpRejectsTheFile() throws IOException {
        String name = "QRBILL_20261230_X.csv";
        String text = Files.readString(FORMATS.resolve("QRBILL_20261230_102310048993424.csv"));
        Files.writeString(tmp.resolve(name), text.replace("`2.40", "`2.41"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(tmp.resolve(name), name, DATE, new CollectingSink()))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("line 9").hasMessageContaining("totalFeeFen")
                .hasMessageContaining("says 241 but the D records' merchantFeeFen sum to 240");
    }

    @Test
    void aTrailerCountThatDoesNotAddUpRejectsTheFile() throws IOException {
        String name = "CLEARDTL_20261230.csv";
        String text = Files.readString(FORMATS.resolve(name));
        Files.writeString(tmp.resolve(name), text.replace("TOTAL,3,", "TOTAL,4,"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(tmp.resolve(name), name, DATE, new CollectingSink()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("totalCount")
                .hasMessageContaining("says 4 but the file has 3 D records");
    }

    /** A source's layout wins over the name: a file its source reads with another layout is judged by that layout. */
    @Test
    void aFileIsReadWithItsSourcesLayout() {
        FileParser bySource = new FileParser(Layouts.load(ConfigFiles.builtIn()),
                name -> name.startsWith("CLEARDTL_") ? java.util.Optional.of("qr-bill") : java.util.Optional.empty());

        assertThat(bySource.layoutFor("CLEARDTL_20261230.csv").name()).isEqualTo("qr-bill");
        assertThat(bySource.layoutFor("QRBILL_20261230_102310048993424.csv").name()).isEqualTo("qr-bill");
        assertThatThrownBy(() -> bySource.verify(FORMATS.resolve("CLEARDTL_20261230.csv"), "CLEARDTL_20261230.csv"))
                .isInstanceOf(InputRejectedException.class).hasMessage("CLEARDTL_20261230.csv field fileName: carries no"
                        + " valid date for the pattern QRBILL_{yyyyMMdd}_*.csv");
        assertThatThrownBy(() -> parser.layoutFor("OTHER_20261230.csv")).hasMessage("OTHER_20261230.csv field fileName:"
                + " matches no source's pattern and no known layout's file-name pattern");
    }

    @Test
    void aThirdDecimalIsRefusedNotRounded() throws IOException {
        String name = "CLEARDTL_20261230.csv";
        String text = Files.readString(FORMATS.resolve(name));
        Files.writeString(tmp.resolve(name), text.replace(",88.00,", ",88.005,"), StandardCharsets.UTF_8);
        // the amount is summed into a control total, so the file cannot be checked and is rejected whole
        assertThatThrownBy(() -> parser.parse(tmp.resolve(name), name, DATE, new CollectingSink()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("line 3 field amountFen: has 3 decimals:"
                        + " an amount in yuan has at most 2 (fen); it is refused, not rounded");
    }

    @Test
    void aMissingHeaderColumnRejectsTheFileNamingIt() throws IOException {
        String name = "CLEARDTL_20261230.csv";
        String text = Files.readString(FORMATS.resolve(name));
        Files.writeString(tmp.resolve(name), text.replace("Trace No", "Trace"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(tmp.resolve(name), name, DATE, new CollectingSink()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("line 1")
                .hasMessageContaining("stan").hasMessageContaining("the header row has no column 'Trace No'");
    }
}
