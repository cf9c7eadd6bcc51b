package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.layout.Layouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACOMA has no trailer, so the file is judged whole (layout key {@code wholeFile}): each damaged variant of the demo's
 * bank file of 2026-12-30 (16 rows of 469 bytes + CR LF) must be rejected whole with its exact sentence, never
 * loaded with its bad rows rejected one by one.
 */
class AcomaWholeFileTest {
    static final String NAME = "IND26123032ACOMA";
    static final BusinessDate DATE = BusinessDate.parse("2026-12-30");
    static final int LINE_BYTES = 471;
    private static final String WHOLE = ": the file is rejected whole (cut short, wrong encoding or not a file of this layout?)";
    private final FileParser parser = new FileParser(Layouts.load(ConfigFiles.builtIn()));

    @TempDir
    Path dir;

    static byte[] sample() throws IOException {
        return Files.readAllBytes(Path.of("sample-files", NAME));
    }

    private InputRejectedException rejected(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(NAME), content);
        return (InputRejectedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> parser.parse(file, NAME, DATE, new CollectingSink()));
    }

    @Test
    void theSampleItselfLoadsWhole() throws IOException {
        Path file = Files.write(dir.resolve(NAME), sample());
        FileResult result = parser.parse(file, NAME, DATE, new CollectingSink());
        assertThat(result.records()).isEqualTo(16);
        assertThat(result.rejectedLines()).isZero();
    }

    @Test
    void aFileCutAtByte3000IsRejected() throws IOException {
        assertThat(rejected(Arrays.copyOf(sample(), 3000))).hasMessage(NAME + " line 7 field record: the file ends inside"
                + " this line, without CR LF: it was cut short (truncated in transfer?)");
    }

    @Test
    void aFileCutInsideAGbkCharacterIsRejected() throws IOException {
        // byte 337 of line 7 is the first byte of the merchant name's first character
        byte[] cut = Arrays.copyOf(sample(), 6 * LINE_BYTES + 337);
        assertThat(cut[cut.length - 1] & 0xFF).isGreaterThanOrEqualTo(0x81);
        assertThat(rejected(cut)).hasMessage(NAME + " line 7 field record: the file ends inside this line, without CR LF:"
                + " it was cut short (truncated in transfer?)");
    }

    @Test
    void aFileCutAfterAWholeRowButBeforeItsLineEndIsRejected() throws IOException {
        assertThat(rejected(Arrays.copyOf(sample(), 16 * LINE_BYTES - 2))).hasMessage(NAME + " line 16 field record: the file"
                + " ends inside this line, without CR LF: it was cut short (truncated in transfer?)");
    }

    @Test
    void theWholeFileInUtf8IsRejected() throws IOException {
        byte[] utf8 = new String(sample(), AcomaLine.GBK).getBytes(StandardCharsets.UTF_8);
        // rows 1-8: the UTF-8 bytes of their names happen to pair into GBK characters (their currency, shifted by the
        // longer name, would be rejected row by row); row 9's name is the first that is not GBK at all
        assertThat(rejected(utf8)).hasMessage(NAME + " line 9 field merchantName: bytes 337-376 are not valid GBK text"
                + " (wrong encoding?)" + WHOLE);
    }

    @Test
    void tenMegabytesOfTextLinesAreRejectedAtTheFirstLine() throws IOException {
        byte[] line = "the quick brown fox jumps over the lazy dog\r\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (text.size() < 10 * 1024 * 1024) {
            text.writeBytes(line);
        }
        assertThat(rejected(text.toByteArray())).hasMessage(NAME + " line 1 field record: has 43 bytes, at least 422 expected"
                + WHOLE);
    }

    @Test
    void lfLineEndsAreRejected() throws IOException {
        byte[] lf = new String(sample(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejected(lf)).hasMessage(NAME + " line 1 field record: the line ends in LF without CR: not a file of this"
                + " layout (converted or wrong file?)");
    }

    @Test
    void aNulByteIsRefusedNamingItsField() throws IOException {
        byte[] nul = sample();
        nul[LINE_BYTES + 339] = 0; // line 2, byte 340: inside the merchant name (337-376)
        assertThat(rejected(nul)).hasMessage(NAME + " line 2 field merchantName: byte 340 is a NUL byte (0x00): not a text"
                + " file of this layout (damaged in transfer?)");
    }

    /** 0.1 %: one bad row in 1,000 is rejected alone; one in 999 rejects the file. */
    @Test
    void oneBadRowInAThousandIsALineRejectOneInNineHundredNinetyNineRejectsTheFile() throws IOException {
        String name = "IND26112432ACOMA";
        BusinessDate date = BusinessDate.parse("2026-11-24");
        AcomaLine bad = AcomaLine.sale().set(42, "840");

        Path thousand = Files.write(dir.resolve("1000"), rows(bad, 999));
        FileResult result = parser.parse(thousand, name, date, new CollectingSink());
        assertThat(result.records()).isEqualTo(999);
        assertThat(result.rejects()).isEqualTo(1);

        Path nineHundredNinetyNine = Files.write(dir.resolve("999"), rows(bad, 998));
        assertThatThrownBy(() -> parser.parse(nineHundredNinetyNine, name, date, new CollectingSink()))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage(name + " line 1 field currency: expected one of 156 (value '840'); 1 of 999 lines are rejected,"
                        + " more than the 0.1 % layout cups-acoma allows: the file is rejected whole (wrong or damaged file?)");
    }

    private static byte[] rows(AcomaLine first, int goodRows) {
        AcomaLine[] lines = new AcomaLine[goodRows + 1];
        lines[0] = first;
        Arrays.fill(lines, 1, lines.length, AcomaLine.sale());
        return AcomaLine.file(lines);
    }
}
