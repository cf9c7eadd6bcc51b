package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.layout.Layouts;
import com.posclearing.reliability.Proves;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One invalid sample file per rule, named after it, under {@code src/test/resources/invalid/{layout}/}. Whole-file
 * rules must make {@code verify} reject the file; line rules must let it pass and reject exactly that line in
 * {@code parse}. Each case asserts the exact message: file, line, field, reason.
 */
@Proves("every file of the bad-file corpus (and 10 MB of random bytes) is rejected with a sentence naming file, line and field")
class InvalidFilesTest {
    private static final String POSP = "POSP_20261123_N01_001.csv";
    private static final String ACOMA = "IND26112432ACOMA";
    private static final String GOLDEN_ACOMA = "IND27010132ACOMA";
    private static final String BOM = "the file starts with a byte-order mark (EF BB BF), which is not part of this layout:"
            + " have it sent, or save it, without one";
    private final FileParser parser = new FileParser(Layouts.load(ConfigFiles.builtIn()));
    @TempDir
    Path config;

    static Stream<Arguments> fileRejects() {
        return Stream.of(
                posp("missing-trailer", "line 4 field recordType: the last record is S, expected the trailer T (file truncated?)"),
                posp("missing-header", "line 1 field recordType: the first record is B, expected the header H"),
                posp("trailer-amount-mismatch", "line 5 field detailAmountFen: says 12600 but the D records' amountFen sum to 12500"),
                posp("trailer-count-mismatch", "line 5 field detailCount: says 2 but the file has 1 D records"),
                posp("header-date-mismatch", "line 1 field businessDate: is 20261122 but the file name says 20261123"),
                posp("batch-not-closed", "line 4 field recordType: the trailer comes before the last batch was closed by S"),
                posp("record-after-trailer", "line 6 field recordType: a D record follows the trailer T"),
                posp("wrong-encoding", "line 3: line is not valid UTF-8 text (wrong encoding?)"),
                Arguments.of("posp-csv", "empty.csv", POSP, POSP + ": the file is empty"),
                acoma("clearing-date-mismatch", "line 1 field clearingDate: is 1123 but the file name says 1124"),
                acoma("bad-gbk", "line 1 field merchantName: bytes 337-376 are not valid GBK text (wrong encoding?): the file is"
                        + " rejected whole (cut short, wrong encoding or not a file of this layout?)"),
                acoma("short-record", "line 1 field record: has 300 bytes, at least 422 expected: the file is rejected whole"
                        + " (cut short, wrong encoding or not a file of this layout?)"),
                Arguments.of("cups-acoma", "empty.txt", ACOMA, ACOMA + ": the file is empty"),
                posp("truncated-mid-record", "line 3 field amountFen: is missing, so the trailer's detailAmountFen cannot be checked"),
                posp("header-only", "line 1 field recordType: the last record is H, expected the trailer T (file truncated?)"),
                posp("duplicated-line", "line 6 field detailCount: says 1 but the file has 2 D records"),
                posp("trailer-amount-minus-1-fen", "line 5 field detailAmountFen: says 12499 but the D records' amountFen sum to 12500"),
                posp("negative-amount", "line 5 field detailAmountFen: says 12500 but the D records' amountFen sum to -12500"),
                posp("non-numeric-amount", "line 3 field amountFen: expected an amount in fen (up to 18 digits, a sign and"
                        + " thousands commas allowed), so the trailer's detailAmountFen cannot be checked"),
                posp("bom", "line 1: " + BOM),
                posp("mixed-line-ends", "line 3: the line ends in LF but line 1 in CR LF: mixed line ends (edited or"
                        + " pieced-together file?)"),
                posp("nul-bytes", "line 3 field rrn: holds a NUL byte (0x00): not a text file of this layout (damaged in transfer?)"),
                posp("long-line", "line 3: line is longer than 4096 bytes: not a file of this layout"),
                acoma2("truncated-mid-gbk", "line 1 field record: the file ends inside this line, without CR LF: it was cut short"
                        + " (truncated in transfer?)"),
                acoma2("bom", "line 1: " + BOM),
                acoma2("lf-line-end", "line 1 field record: the line ends in LF without CR: not a file of this layout"
                        + " (converted or wrong file?)"),
                acoma2("nul-bytes", "line 1 field cardNo: byte 61 is a NUL byte (0x00): not a text file of this layout"
                        + " (damaged in transfer?)"),
                acoma2("long-line", "line 1: line is longer than 2048 bytes: not a file of this layout"),
                acoma2("utf8-for-gbk", "line 1 field merchantName: bytes 337-376 are not valid GBK text (wrong encoding?): the"
                        + " file is rejected whole (cut short, wrong encoding or not a file of this layout?)"));
    }

    /** 10 MB of random bytes (seeded) under each layout's file name: rejected whole, naming the file and a line. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {POSP, ACOMA})
    void rejectsRandomBytes(String fileName) throws IOException {
        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(20261206L).nextBytes(noise);
        Path file = Files.write(config.resolve("noise"), noise);
        assertThatThrownBy(() -> parser.verify(file, fileName)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith(fileName + " line 1");
    }

    static Stream<Arguments> lineRejects() {
        return Stream.of(
                posp("unmasked-card", "line 3 field cardNo: a full card number is not accepted, only the masked form"
                        + " (first 6, stars, last 4) (value '622848******1234')"),
                posp("bad-stan", "line 3 field stan: expected digits (value '00010A')"),
                posp("zero-amount", "line 3 field amountFen: must be positive, got 0 (value '0')"),
                posp("unknown-txn-type", "line 3 field txnType: expected one of SALE, VOID, REFUND, PREAUTH_COMPLETE (value 'PURCHASE')"),
                posp("void-without-orig", "line 3 field origStan: is required for VOID"),
                posp("sale-with-orig", "line 3 field origStan: must be empty for SALE (value '000055')"),
                posp("unknown-record-type", "line 4 field recordType: unknown record type (value 'X')"),
                posp("bad-batch-open", "line 2 field terminalId: expected 8 characters, got 7 (value 'T000001')"),
                posp("bad-batch-close", "line 4 field saleCount: expected digits (value 'one')"),
                posp("bad-merchant-id", "line 3 field merchantId: expected 15 characters, got 14 (value '89844035812000')"),
                acoma("unmasked-card", "line 1 field cardNo: a full card number is not accepted, only the masked form"
                        + " (first 6, stars, last 4) (value '622848******1234')"),
                acoma("zero-amount", "line 1 field amountFen: must be positive, got 0 (value '0')"),
                acoma("refund-with-sale-code", "line 1 field processingCode: 000000 with MTI 0220 is no known transaction (value '000000')"),
                acoma("bad-transmission-time", "line 1 field transmissionTime: expected a date-time MMddHHmmss (value '1324101530')"),
                acoma("bad-currency", "line 1 field currency: expected one of 156 (value '840')"),
                acoma("bad-reversal-flag", "line 1 field reversed: expected 'R' or blank (value 'X')"));
    }

    private static Arguments posp(String rule, String message) {
        return Arguments.of("posp-csv", rule + ".csv", POSP, POSP + " " + message);
    }

    private static Arguments acoma(String rule, String message) {
        return Arguments.of("cups-acoma", rule + ".txt", ACOMA, ACOMA + " " + message);
    }

    /** A case cut from the golden ACOMA file of 2027-01-01, under its name. */
    private static Arguments acoma2(String rule, String message) {
        return Arguments.of("cups-acoma", rule + ".txt", GOLDEN_ACOMA, GOLDEN_ACOMA + " " + message);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("fileRejects")
    void rejectsTheWholeFile(String layout, String sample, String fileName, String message) {
        Path file = Path.of("src/test/resources/invalid", layout, sample);
        assertThatThrownBy(() -> parser.verify(file, fileName))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("lineRejects")
    void rejectsTheLineOnly(String layout, String sample, String fileName, String message) {
        Path file = Path.of("src/test/resources/invalid", layout, sample);
        // one bad row of one is over cups-acoma's reject limit (AcomaWholeFileTest): the line rule is seen without it
        FileParser parser = new FileParser(LineRuleLayouts.load(config));
        parser.verify(file, fileName);
        CollectingSink sink = new CollectingSink();
        BusinessDate date = parser.layoutFor(fileName).dateFromFileName(fileName).orElseThrow();

        FileResult result = parser.parse(file, fileName, date, sink);

        assertThat(sink.rejects).hasSize(1);
        assertThat(sink.rejects.get(0).message()).isEqualTo(message);
        assertThat(result.rejectedLines()).isEqualTo(1);
        // only D lines are detail lines: a bad B, S or unknown line must not break the ingest's count check
        assertThat(result.records() + result.rejects()).isEqualTo(result.detailLines());
        assertThat(String.join("\n", sink.dump)).doesNotContain("6228481234561234");
    }
}
