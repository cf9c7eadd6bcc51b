package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ACOMA test inputs are laid out by {@link AcomaLine}; this test proves the committed files are exactly what the
 * helper produces, and {@code -Dgolden.update=true} rewrites them after an intended change.
 */
class AcomaInputsTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/cups-acoma/IND27010132ACOMA");
    static final Path INVALID = Path.of("src/test/resources/invalid/cups-acoma");

    /** The golden file of clearing date 2027-01-01: the year end, Chinese names, long records, R/C rows, a refund. */
    static byte[] golden() {
        return AcomaLine.file(
                AcomaLine.sale().set(3, "000201").set(4, "1231233015").set(14, "RRN000000201").set(39, "0101"),
                AcomaLine.sale().set(3, "000202").set(4, "0101093000").set(6, "000000098800").set(14, "RRN000000202")
                        .set(39, "0101").set(41, "北京烤鸭店（王府井）ABC").set(44, "C00000100")
                        .tail("000000000012 C00000100 更多费用"),
                AcomaLine.sale().set(3, "000203").set(4, "0101095500").set(6, "000000005000").set(14, "RRN000000203")
                        .set(38, "C").set(39, "0101"),
                AcomaLine.sale().set(3, "000204").set(4, "0101100000").set(6, "000000005000").set(10, "200000")
                        .set(14, "RRN000000204").set(18, "000203").set(28, "0101095500").set(38, "C").set(39, "0101"),
                AcomaLine.sale().set(3, "000205").set(4, "0101110000").set(14, "RRN000000205").set(37, "R").set(39, "0101"),
                AcomaLine.sale().set(3, "000206").set(4, "0101120000").set(6, "000000002000").set(9, "0220")
                        .set(10, "200000").set(14, "RRN000000206").set(16, "").set(18, "000150").set(28, "1230120000")
                        .set(39, "0101").set(41, "深圳华强北电子市场有限公司第一分店"),
                AcomaLine.sale().set(3, "000207").set(4, "0101130000").set(6, "000000000000").set(14, "RRN000000207")
                        .set(39, "0101"),
                AcomaLine.sale().set(3, "000208").set(4, "0101140000").set(5, "6228481234561234").set(14, "RRN000000208")
                        .set(39, "0101"));
    }

    /** One invalid file per rule, each a single row of clearing date 2026-11-24 (file IND26112432ACOMA). */
    static Map<String, byte[]> invalid() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bad-gbk.txt", AcomaLine.file(AcomaLine.sale().setBytes(41, new byte[] {'A', (byte) 0xFF, (byte) 0xFF})));
        files.put("clearing-date-mismatch.txt", AcomaLine.file(AcomaLine.sale().set(39, "1123")));
        files.put("short-record.txt", shortRecord());
        files.put("unmasked-card.txt", AcomaLine.file(AcomaLine.sale().set(5, "6228481234561234")));
        files.put("zero-amount.txt", AcomaLine.file(AcomaLine.sale().set(6, "000000000000")));
        files.put("refund-with-sale-code.txt", AcomaLine.file(AcomaLine.sale().set(9, "0220")));
        files.put("bad-transmission-time.txt", AcomaLine.file(AcomaLine.sale().set(4, "1324101530")));
        files.put("bad-currency.txt", AcomaLine.file(AcomaLine.sale().set(42, "840")));
        files.put("bad-reversal-flag.txt", AcomaLine.file(AcomaLine.sale().set(37, "X")));
        files.put("empty.txt", new byte[0]);
        return files;
    }

    /** 300 bytes of a row, then its CR LF: a whole line too short (without the CR LF it would be a cut file). */
    private static byte[] shortRecord() {
        byte[] row = Arrays.copyOf(AcomaLine.sale().bytes(), 302);
        row[300] = '\r';
        row[301] = '\n';
        return row;
    }

    @Test
    void committedInputsAreWhatTheHelperLaysOut() throws IOException {
        Map<String, byte[]> expected = new LinkedHashMap<>();
        expected.put(GOLDEN.toString(), golden());
        invalid().forEach((name, bytes) -> expected.put(INVALID.resolve(name).toString(), bytes));
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            Path p = Path.of(e.getKey());
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            assertThat(Files.readAllBytes(p)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void aRecordIs422BytesPlusCrlfWithFieldsAtTheirSpecPositions() {
        byte[] line = AcomaLine.sale().bytes();
        assertThat(line).hasSize(424);
        // field 41 (merchant name, GBK) starts at byte 337, field 42 (currency) at 378, field 46 at 414
        assertThat(new String(line, 336, 14, AcomaLine.GBK)).isEqualTo("上海测试便利店");
        assertThat(new String(line, 377, 3, AcomaLine.GBK)).isEqualTo("156");
        assertThat(new String(line, 413, 9, AcomaLine.GBK)).isEqualTo("000000000");
    }
}
