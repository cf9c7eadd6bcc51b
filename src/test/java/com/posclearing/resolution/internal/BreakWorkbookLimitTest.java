package com.posclearing.resolution.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.InvalidValueException;
import com.posclearing.reliability.Proves;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A breaks workbook over the import limit is refused by its size, before POI reads a byte of it. */
@Proves("a breaks workbook over the 20 MB import limit is refused before it is read")
class BreakWorkbookLimitTest {
    @TempDir
    Path dir;

    @Test
    void aWorkbookOverTwentyMegabytesIsRefusedWithWhatToDo() throws IOException {
        Path big = dir.resolve("breaks.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(BreakWorkbook.MAX_IMPORT_BYTES + 1);
        }
        assertThatThrownBy(() -> BreakWorkbook.read(big, Map.of(), b -> ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(big + ": has 20,971,521 bytes, more than the 20,971,520 a breaks workbook may have: export"
                        + " fewer breaks (one date or state at a time) and import them in parts");
    }
}
