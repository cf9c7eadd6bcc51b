package com.posclearing.reconcile.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalId;
import com.posclearing.support.KeySet;
import com.posclearing.support.spill.SpillFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenKeysTest {
    @TempDir
    Path dir;

    @Test
    void aCommittedFileGivesEachKeyToItsSide() throws Exception {
        Path file = written();
        KeySet terminal = new KeySet();
        KeySet bank = new KeySet();

        SeenKeys.read(file, terminal, bank);

        assertThat(terminal.size()).isEqualTo(2);
        assertThat(terminal.contains("58120101", "261230000001")).isTrue();
        assertThat(terminal.contains("58120101", "26123000000X")).isTrue();
        assertThat(terminal.contains("58120102", "261230000001")).isFalse();
        assertThat(bank.size()).isEqualTo(1);
        assertThat(bank.contains("58120102", "261230000001")).isTrue();
        assertThat(bank.contains("58120101", "261230000001")).isFalse();
    }

    @Test
    void aFileCutShortAddsNothingSoTheCallerReadsTheTableInstead() throws Exception {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
        KeySet terminal = new KeySet();
        KeySet bank = new KeySet();

        assertThatThrownBy(() -> SeenKeys.read(file, terminal, bank)).isInstanceOf(SpillFile.Incomplete.class);
        assertThat(terminal.size() + bank.size()).isZero();
    }

    @Test
    void anUncommittedWriterLeavesNoFile() {
        Path file = dir.resolve("b07.bin");
        try (SeenKeys.Writer keys = SeenKeys.Writer.to(file)) {
            keys.add(Side.TERMINAL, new TerminalId("58120101"), new Rrn("261230000001"));
        }
        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> SeenKeys.read(file, new KeySet(), new KeySet())).isInstanceOf(SpillFile.Incomplete.class);
    }

    private Path written() throws IOException {
        Path file = dir.resolve("b03.bin");
        try (SeenKeys.Writer keys = SeenKeys.Writer.to(file)) {
            keys.add(Side.TERMINAL, new TerminalId("58120101"), new Rrn("261230000001"));
            keys.add(Side.TERMINAL, new TerminalId("58120101"), new Rrn("26123000000X"));
            keys.add(Side.TERMINAL, new TerminalId("58120103"), null);
            keys.add(Side.BANK, new TerminalId("58120102"), new Rrn("261230000001"));
            keys.commit();
        }
        return file;
    }
}
