package com.posclearing.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.InputRejectedException;
import com.posclearing.layout.internal.LayoutYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code width: characters}: a fixed layout whose positions count characters of its encoding, not bytes. */
class FixedWidthByCharactersTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String LAYOUT = """
            name: by-chars
            kind: fixed
            width: WIDTH
            encoding: GBK
            side: bank
            fileName: "F_{yyyyMMdd}.txt"
            maxLineBytes: 200
            wholeFile: {unreadableLine: UNREADABLE}
            records:
              - type: D
                minLength: 15
                fields:
                  - {name: merchantName, position: 1, length: 4, type: text}
                  - {name: stan, position: 5, length: 6, type: digits, required: true}
                  - {name: amountFen, position: 11, length: 5, type: amount-fen, required: true}
                  - {name: transmissionTime, value: "20261230101112", type: datetime}
                  - {name: cardNo, value: "000000******0000", type: card}
                  - {name: terminalId, value: "T0000001", type: alnum}
                  - {name: merchantId, value: "100000000000001", type: digits}
                  - {name: txnType, value: "SALE", type: text}
            """;

    @TempDir
    Path tmp;

    private List<RawRecord> read(String unreadableLine, String content) throws IOException {
        return read("characters", unreadableLine, content);
    }

    private List<RawRecord> read(String width, String unreadableLine, String content) throws IOException {
        String yaml = LAYOUT.replace("WIDTH", width).replace("UNREADABLE", unreadableLine);
        Layout layout = LayoutYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "layouts/c.yaml");
        Path file = tmp.resolve("F_20261230.txt");
        Files.write(file, content.getBytes(GBK));
        return LayoutRecords.all(layout, file);
    }

    @Test
    void positionsCountGbkCharactersNotBytes() throws IOException {
        // 北京烤鸭 is 4 characters and 8 GBK bytes; AB12 is 4 of both
        List<RawRecord> rows = read("reject-line", "北京烤鸭00000112345\nAB12000002   70\n");

        assertThat(rows).allMatch(RawRecord::ok);
        assertThat(rows.get(0).get("merchantName")).isEqualTo("北京烤鸭");
        assertThat(rows.get(0).get("stan")).isEqualTo("000001");
        assertThat(rows.get(0).get("amountFen")).isEqualTo("12345");
        assertThat(rows.get(1).get("merchantName")).isEqualTo("AB12");
        assertThat(rows.get(1).get("stan")).isEqualTo("000002");
        assertThat(rows.get(1).get("amountFen")).isEqualTo("70");
    }

    @Test
    void theSameLineByBytesCutsTheNameInHalf() throws IOException {
        List<RawRecord> rows = read("bytes", "reject-line", "北京烤鸭00000112345\n");

        assertThat(rows.get(0).get("merchantName")).isEqualTo("北京");
        assertThat(rows.get(0).problem()).isEqualTo(new RawRecord.Problem("stan", "expected digits", "烤鸭00"));
    }

    @Test
    void aShortLineIsMeasuredInCharacters() throws IOException {
        // 19 bytes but 15 characters is long enough; 14 characters is not
        List<RawRecord> rows = read("reject-line", "北京烤鸭00000112345\n北京烤鸭0000011234\n");

        assertThat(rows.get(0).ok()).isTrue();
        assertThat(rows.get(1).problem()).isEqualTo(new RawRecord.Problem("record", "has 14 characters, at least 15 expected", ""));
        assertThatThrownBy(() -> read("reject-file", "北京烤鸭00000112345\n北京烤鸭0000011234\n"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("F_20261230.txt line 2 field record: has 14 characters, at least 15 expected: the file is"
                        + " rejected whole (cut short, wrong encoding or not a file of this layout?)");
    }

    @Test
    void aFieldOverTheDeclaredCharactersIsRejectedNamingIt() throws IOException {
        List<RawRecord> rows = read("reject-line", "北京烤鸭00000X12345\n");

        assertThat(rows.get(0).lineNo()).isEqualTo(1);
        assertThat(rows.get(0).problem()).isEqualTo(new RawRecord.Problem("stan", "expected digits", "00000X"));
    }

    @Test
    void aLineNotInTheEncodingIsUnreadableAsAWhole() throws IOException {
        byte[] bad = "AB12000001   70\n".getBytes(GBK);
        bad[0] = (byte) 0x81; // a GBK lead byte followed by a space: no GBK character
        bad[1] = ' ';
        Path file = tmp.resolve("F_20261230.txt");
        Files.write(file, bad);
        Layout layout = LayoutYaml.read(new ByteArrayInputStream(LAYOUT.replace("WIDTH", "characters")
                .replace("UNREADABLE", "reject-line").getBytes(StandardCharsets.UTF_8)), "layouts/c.yaml");
        try (RecordReader reader = layout.open(file, "F_20261230.txt")) {
            assertThat(reader.next().problem())
                    .isEqualTo(new RawRecord.Problem("record", "is not valid GBK text (wrong encoding?)", ""));
        }
    }

    @Test
    void widthIsForFixedLayoutsOnly() {
        String delimited = LAYOUT.replace("kind: fixed", "kind: delimited").replace("position: 1, length: 4", "column: 1")
                .replace("position: 5, length: 6", "column: 2").replace("position: 11, length: 5", "column: 3")
                .replace("wholeFile: {unreadableLine: UNREADABLE}\n", "").replace("WIDTH", "characters");
        assertThatThrownBy(() -> LayoutYaml.read(new ByteArrayInputStream(delimited.getBytes(StandardCharsets.UTF_8)),
                "layouts/c.yaml")).hasMessageContaining("layouts/c.yaml").hasMessageContaining("width is for fixed layouts only");
    }
}
