package com.posclearing.support.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Every output file is written under a temporary name in its own folder ({@code .name.tmp}) and renamed with
 * {@code ATOMIC_MOVE} when complete, so a reader (the bank's pickup, an operator) never sees half a file and a
 * failed rerun leaves the previous complete file in place. The temp file is in the same folder because an
 * atomic rename cannot cross file systems.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The body of a file, written to a stream that the caller must not close. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} whole or not at all. */
    public static void write(Path target, Body body) throws IOException {
        try (Staged staged = stage(target)) {
            body.writeTo(staged.out());
            staged.commit();
        }
    }

    /** Opens the temporary file of {@code target}; {@link Staged#close()} removes it unless committed. */
    public static Staged stage(Path target) throws IOException {
        return stage(target, Optional.empty());
    }

    /**
     * Like {@link #stage(Path)}, the file readable by its owner only as far as {@code mode} says ({@code rw-------} for
     * a file of account numbers), set before the first byte is written; the rename keeps it.
     */
    public static Staged stage(Path target, Optional<Set<PosixFilePermission>> mode) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (mode.isPresent()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(mode.get()));
            // the umask may have narrowed or the attribute may not apply: set it explicitly
            Files.setPosixFilePermissions(temp, mode.get());
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 64 * 1024);
        return new Staged(target, temp, out);
    }

    /** A file being written: {@link #commit()} moves it to its final name. */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private boolean closed;
        private boolean committed;

        private Staged(Path target, Path temp, OutputStream out) {
            this.target = target;
            this.temp = temp;
            this.out = out;
        }

        /** The stream to write to; closing it is harmless but committing is what completes the file. */
        public OutputStream out() {
            return new NonClosing(out);
        }

        public Path target() {
            return target;
        }

        public void commit() throws IOException {
            closeStream();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    closeStream();
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }

        private void closeStream() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }

    /** Keeps libraries (POI, commons-csv) from closing the stream before the commit. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
