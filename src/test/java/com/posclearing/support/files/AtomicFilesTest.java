package com.posclearing.support.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesThroughATempNameAndReplacesThePreviousFile() throws IOException {
        Path target = dir.resolve("a/b/file.csv");
        AtomicFiles.write(target, out -> out.write("one".getBytes(StandardCharsets.US_ASCII)));
        AtomicFiles.write(target, out -> out.write("two".getBytes(StandardCharsets.US_ASCII)));
        assertThat(target).hasContent("two");
        try (var list = Files.list(target.getParent())) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("file.csv");
        }
    }

    @Test
    void aFailedWriteLeavesNeitherAFileAtTheFinalNameNorATempFile() {
        Path target = dir.resolve("file.csv");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFailedRewriteKeepsThePreviousCompleteFile() throws IOException {
        Path target = dir.resolve("file.csv");
        AtomicFiles.write(target, out -> out.write("complete".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).hasContent("complete");
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("file.csv");
        }
    }

    @Test
    void nothingIsVisibleAtTheFinalNameBeforeTheCommit() throws IOException {
        Path target = dir.resolve("file.csv");
        try (AtomicFiles.Staged staged = AtomicFiles.stage(target)) {
            staged.out().write('x');
            assertThat(target).doesNotExist();
            assertThat(dir.resolve(".file.csv.tmp")).exists();
            staged.commit();
        }
        assertThat(target).hasContent("x");
        assertThat(dir.resolve(".file.csv.tmp")).doesNotExist();
    }
}
