package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.layout.Companion;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real UnionPay ZM sample is checked against the control totals of its RD summary file at ingest
 * ({@code companion:} in config/layouts/cups-zm.yaml): 8 transactions, 13,227.00 / 79.36 / 13,147.64 yuan.
 */
class ZmCompanionTotalsTest {
    private static final Path FORMATS = Path.of("sample-files/formats");
    private static final String ZM = "INN15090588ZM_802310048993424";
    private static final String RD = "RD201015090501_802310048993424";
    private static final BusinessDate DATE = BusinessDate.of(2015, 9, 5);
    private static final Charset GBK = Charset.forName("GBK");
    private final Layout zm = Layouts.load(ConfigFiles.builtIn()).byName("cups-zm");
    private final FileParser parser = new FileParser(Layouts.load(ConfigFiles.builtIn()));

    @TempDir
    Path tmp;

    @Test
    void theRealRdDeclaresTheSamplesTotalsAndTheZmFileAddsUpToThem() {
        Companion.Totals rd = zm.companionTotals(FORMATS.resolve(ZM), ZM);

        assertThat(rd).isEqualTo(new Companion.Totals(RD, 13, 8L, Map.of("amountFen", 1_322_700L,
                "merchantFeeFen", -7_936L, "netAmountFen", 1_314_764L)));
        FileResult result = parser.parse(FORMATS.resolve(ZM), ZM, DATE, new CollectingSink());
        assertThat(result).isEqualTo(new FileResult(ZM, "cups-zm", 8, 8, 1_322_700L, 0, 0, 0, 0, 0));
        assertThat(parser.verify(FORMATS.resolve(ZM), ZM).lines()).isEqualTo(8);
    }

    @Test
    void anRdWhoseAmountDiffersRefusesTheZmFileNamingBothFilesAndTotals() throws IOException {
        place(rd().replace("13227.00", "13227.01"));

        assertThatThrownBy(() -> parser.parse(tmp.resolve(ZM), ZM, DATE, new CollectingSink()))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage(ZM + " field amountFen: its companion " + RD + " line 13 declares amountFen 13227.01 yuan"
                        + " (1322701 fen) but " + ZM + " has 13227.00 yuan (1322700 fen): the two files do not belong"
                        + " together (or one is damaged); the file is refused");
    }

    @Test
    void anRdWhoseCountOrFeeDiffersRefusesTheZmFile() throws IOException {
        place(rd().replace("总计                       8", "总计                       9"));
        assertThatThrownBy(() -> parser.verify(tmp.resolve(ZM), ZM)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("field count: its companion " + RD + " line 13 declares count 9 records but "
                        + ZM + " has 8 ZM records");

        place(rd().replace("79.36", "79.63"));
        assertThatThrownBy(() -> parser.verify(tmp.resolve(ZM), ZM)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("declares merchantFeeFen -79.63 yuan (-7963 fen) but " + ZM + " has -79.36 yuan");
    }

    @Test
    void aMissingRdRefusesTheZmFileSayingWhatIsMissingAndWhere() throws IOException {
        Files.copy(FORMATS.resolve(ZM), tmp.resolve(ZM));

        assertThatThrownBy(() -> parser.verify(tmp.resolve(ZM), ZM)).isInstanceOf(InputRejectedException.class)
                .hasMessage(ZM + " field companion: its companion file " + RD + " (layout cups-zm, companion.fileName"
                        + " RD2010{yyMMdd}01_*) is not beside it in " + tmp.toAbsolutePath() + ": it holds the control"
                        + " totals, so the file cannot be checked; put both files there");
    }

    @Test
    void theRdOfAnotherMerchantOrDateIsNotTheCompanion() throws IOException {
        Files.copy(FORMATS.resolve(ZM), tmp.resolve(ZM));
        Files.writeString(tmp.resolve("RD201015090501_802310048990000"), rd(), GBK);
        Files.writeString(tmp.resolve("RD201015090601_802310048993424"), rd(), GBK);

        assertThatThrownBy(() -> parser.verify(tmp.resolve(ZM), ZM)).hasMessageContaining("field companion: its"
                + " companion file " + RD + " (layout cups-zm");
    }

    @Test
    void anUnreadableTotalInTheRdNamesTheRdLineAndColumn() throws IOException {
        place(rd().replace("13227.00", "13227.001"));

        assertThatThrownBy(() -> parser.verify(tmp.resolve(ZM), ZM)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith(RD + " line 13 field amountFen: has 3 decimals")
                .hasMessageEndingWith("it is the control total of " + ZM);
    }

    private void place(String rd) throws IOException {
        Files.copy(FORMATS.resolve(ZM), tmp.resolve(ZM), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(tmp.resolve(RD), rd, GBK);
    }

    private static String rd() throws IOException {
        return Files.readString(FORMATS.resolve(RD), GBK);
    }
}
