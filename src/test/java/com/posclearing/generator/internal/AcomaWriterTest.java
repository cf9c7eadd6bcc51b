package com.posclearing.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AcomaWriterTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static AcomaRow row(String name) {
        return new AcomaRow(Stan.of("000123"), LocalDateTime.of(2026, 12, 31, 23, 30, 0),
                MaskedCard.of("622848*********0019"), 66_000, "0220", "200000", "5311", TerminalId.of("58120101"),
                MerchantId.of("898310058120001"), Rrn.of("261231000003"), "A00111", Stan.of("000101"),
                LocalDateTime.of(2026, 12, 30, 10, 15, 8), true, true, name, 252, 363);
    }

    private static byte[] write(AcomaRow r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AcomaWriter w = new AcomaWriter(out, LocalDate.of(2027, 1, 1))) {
            assertThat(w.write(r)).isEqualTo(1);
        }
        return out.toByteArray();
    }

    /** Field {@code pos} (1-based, bytes) of length {@code len} as SPEC 2.2 places it, decoded from GBK. */
    private static String field(byte[] line, int pos, int len) {
        return new String(Arrays.copyOfRange(line, pos - 1, pos - 1 + len), GBK);
    }

    @Test
    void fieldsSitAtTheirSpecBytePositionsWithAChineseName() {
        byte[] line = write(row("上海静安百货有限公司"));
        assertThat(field(line, 1, 11)).isEqualTo("48021000   ");
        assertThat(field(line, 25, 6)).isEqualTo("000123");
        assertThat(field(line, 32, 10)).isEqualTo("1231233000");
        assertThat(field(line, 43, 19)).isEqualTo("622848*********0019");
        assertThat(field(line, 63, 12)).isEqualTo("000000066000");
        assertThat(field(line, 102, 4)).isEqualTo("0220");
        assertThat(field(line, 107, 6)).isEqualTo("200000");
        assertThat(field(line, 114, 4)).isEqualTo("5311");
        assertThat(field(line, 119, 8)).isEqualTo("58120101");
        assertThat(field(line, 128, 15)).isEqualTo("898310058120001");
        assertThat(field(line, 144, 12)).isEqualTo("261231000003");
        assertThat(field(line, 160, 6)).isEqualTo("A00111");
        assertThat(field(line, 179, 6)).isEqualTo("000101");
        assertThat(field(line, 206, 12)).isEqualTo("000000000252");
        assertThat(field(line, 242, 10)).isEqualTo("1230101508");
        assertThat(field(line, 325, 1)).isEqualTo("R");
        assertThat(field(line, 327, 1)).isEqualTo("C");
        assertThat(field(line, 329, 4)).isEqualTo("0101");
        // 10 Chinese characters = 20 GBK bytes, then 20 spaces
        assertThat(field(line, 337, 40)).isEqualTo("上海静安百货有限公司" + " ".repeat(20));
        assertThat(field(line, 378, 3)).isEqualTo("156");
        assertThat(field(line, 392, 9)).isEqualTo("C00000363");
        assertThat(field(line, 414, 9)).isEqualTo("D00000000");
        // separators between fields, a trailing fee block beyond field 46, CRLF
        assertThat(line[335]).isEqualTo((byte) ' ');
        assertThat(line[376]).isEqualTo((byte) ' ');
        assertThat(line.length).isEqualTo(422 + AcomaWriter.TAIL.length() + 2);
        assertThat(new String(line, 420, line.length - 420, GBK)).isEqualTo("00" + AcomaWriter.TAIL + "\r\n");
    }

    @Test
    void blankOptionalFieldsAreSpaces() {
        AcomaRow r = new AcomaRow(Stan.of("000001"), LocalDateTime.of(2027, 1, 2, 9, 0), MaskedCard.of("622588******1234"),
                1, "0200", "000000", "5499", TerminalId.of("58120801"), MerchantId.of("898310058120008"),
                Rrn.of("270102000001"), "", null, null, false, false, "武汉光谷便利店", 0, 0);
        byte[] line = write(r);
        assertThat(field(line, 43, 19)).isEqualTo("622588******1234   ");
        assertThat(field(line, 160, 6)).isEqualTo("      ");
        assertThat(field(line, 179, 6)).isEqualTo("      ");
        assertThat(field(line, 242, 10)).isEqualTo(" ".repeat(10));
        assertThat(field(line, 325, 3)).isEqualTo("   ");
        assertThat(field(line, 329, 4)).isEqualTo("0101");
    }

    @Test
    void refusesANameLongerThan40Bytes() {
        assertThatThrownBy(() -> write(row("上海静安百货有限公司上海静安百货有限公司多")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 41");
    }

    @Test
    void committedJanuaryFirstFileCarriesTheYearEndTransactionInGbk() throws IOException {
        byte[] all = Files.readAllBytes(Path.of("sample-files/IND27010132ACOMA"));
        byte[] first = Arrays.copyOfRange(all, 0, 422 + AcomaWriter.TAIL.length() + 2);
        assertThat(field(first, 32, 10)).isEqualTo("1231233000");
        assertThat(field(first, 329, 4)).isEqualTo("0101");
        assertThat(field(first, 144, 12)).isEqualTo("261231000003");
        assertThat(field(first, 337, 40).trim()).isEqualTo("上海静安百货有限公司");
        assertThat(all.length % first.length).isZero();
        assertThat(all.length / first.length).isEqualTo(7);
    }
}
