package com.posclearing.support.spill;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The framing every spill file shares (see {@link TxnSpill}, {@link LineSpill}): a format mark, records each behind
 * a presence flag, then the record count and an end mark. Written under a temp name and renamed by {@link
 * Writer#commit}, so a file under its final name was complete when written; a reader still checks count and end mark,
 * and a file that fails them is {@link Incomplete} (its caller makes it again from the source).
 */
public final class SpillFile {
    private static final int END = 0x454e4421; // "END!"
    private static final int BUFFER_BYTES = 64 * 1024;

    private SpillFile() {
    }

    /** The file of one bucket in a spill folder. */
    public static Path ofBucket(Path dir, int bucket) {
        return dir.resolve(String.format("b%02d.bin", bucket));
    }

    /** Thrown when a file is absent, of another format or cut short. */
    public static final class Incomplete extends Exception {
        public Incomplete(Path file) {
            super(file + " is absent or incomplete");
        }
    }

    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final Path temp;
        private final DataOutputStream out;
        private long count;

        public Writer(Path file, int magic) {
            this.file = file;
            this.temp = file.resolveSibling("." + file.getFileName() + ".part");
            try {
                Files.createDirectories(file.getParent());
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES));
                out.writeInt(magic);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** The stream to write the next record to, after its presence flag. */
        public DataOutputStream record() throws IOException {
            out.writeBoolean(true);
            count++;
            return out;
        }

        public void commit() {
            try {
                out.writeBoolean(false);
                out.writeLong(count);
                out.writeInt(END);
                out.close();
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Closes and deletes the temp file: after {@link #commit} nothing is left to do, before it nothing is kept. */
        @Override
        public void close() {
            try {
                out.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temp file is never read: only committed names are
            }
        }

        public UncheckedIOException failed(IOException e) {
            return new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static final class Reader implements AutoCloseable {
        private final Path file;
        private final DataInputStream in;
        private long count;

        public Reader(Path file, int magic) throws Incomplete {
            this.file = file;
            if (!Files.isRegularFile(file)) {
                throw new Incomplete(file);
            }
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
            } catch (IOException e) {
                throw new Incomplete(file);
            }
            try {
                if (in.readInt() == magic) {
                    return;
                }
            } catch (IOException e) {
                // too short for its format mark
            }
            close();
            throw new Incomplete(file);
        }

        /** The stream positioned at the next record, or null after the last one of a complete file. */
        public DataInputStream next() throws Incomplete {
            try {
                if (in.readBoolean()) {
                    count++;
                    return in;
                }
                if (in.readLong() != count || in.readInt() != END) {
                    throw new Incomplete(file);
                }
                return null;
            } catch (IOException e) {
                throw new Incomplete(file);
            }
        }

        public Incomplete incomplete() {
            return new Incomplete(file);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read-only
            }
        }
    }
}
