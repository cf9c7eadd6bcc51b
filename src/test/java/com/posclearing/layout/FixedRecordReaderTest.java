package com.posclearing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.ConfigFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Byte slicing: fields after a GBK merchant name keep their positions, and the tail after field 46 is ignored. */
class FixedRecordReaderTest {
    private final Layout acoma = Layouts.load(ConfigFiles.builtIn()).byName("cups-acoma");

    @Test
    void fieldsAfterTheChineseNameAreRead() {
        Path file = Path.of("src/test/resources/golden/cups-acoma/IND27010132ACOMA");
        try (RecordReader reader = acoma.open(file, "IND27010132ACOMA")) {
            reader.next();
            RawRecord longRow = reader.next();
            assertThat(longRow.ok()).isTrue();
            assertThat(longRow.lineNo()).isEqualTo(2);
            assertThat(longRow.get("merchantName")).isEqualTo("北京烤鸭店（王府井）ABC");
            assertThat(longRow.get("currency")).isEqualTo("156");
            assertThat(longRow.get("merchantFeeFen")).isEqualTo("100");
            assertThat(longRow.get("settlementBank")).isEqualTo("03080000");
            assertThat(longRow.get("settlementBankFee")).isEqualTo("000000000");
            assertThat(longRow.get("clearingDate")).isEqualTo("0101");
            assertThat(longRow.get("amountFen")).isEqualTo("98800");
            assertThat(longRow.get("cancelled")).isEqualTo("false");
            assertThat(longRow.values()).doesNotContainKey("origStan");
        }
    }

    @Test
    void aSignAmountIsNegativeWhenDebited() {
        Path file = Path.of("src/test/resources/golden/cups-acoma/IND27010132ACOMA");
        try (RecordReader reader = acoma.open(file, "IND27010132ACOMA")) {
            assertThat(reader.next().get("merchantFeeFen")).isEqualTo("-69");
        }
    }
}
