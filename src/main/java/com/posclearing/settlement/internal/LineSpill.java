package com.posclearing.settlement.internal;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.statement.StatementLine;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Statement lines in a compact binary file: what a reconcile bucket decided for its terminal records (written with
 * the bucket's outcomes), then the same lines regrouped by chunks of merchants for the statement step. Sequential
 * files instead of one lookup per line in the tables; a file without its end mark is never read (see {@link Reader}).
 */
final class LineSpill {
    private static final int MAGIC = 0x4c4e5331; // "LNS1"
    private static final int END = 0x454e4421; // "END!"
    private static final int BUFFER_BYTES = 64 * 1024;

    private LineSpill() {
    }

    /** A statement line with the merchant it belongs to and its record id (the tie-break of the statement order). */
    record Entry(MerchantId merchant, long txnId, StatementLine line) {
    }

    /** Thrown when a file is absent or incomplete: the caller reads the tables instead. */
    static final class Incomplete extends Exception {
        Incomplete(Path file) {
            super(file + " is absent or incomplete");
        }
    }

    /** Writes to a temp name; {@link #commit} ends the file and gives it its name. */
    static final class Writer implements AutoCloseable {
        private final Path file;
        private final Path temp;
        private final DataOutputStream out;
        private long count;

        Writer(Path file) {
            this.file = file;
            this.temp = file.resolveSibling("." + file.getFileName() + ".part");
            try {
                Files.createDirectories(file.getParent());
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES));
                out.writeInt(MAGIC);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        void write(Entry e) {
            StatementLine l = e.line();
            try {
                out.writeBoolean(true);
                out.writeUTF(e.merchant().value());
                out.writeLong(e.txnId());
                out.writeLong(l.txnTime().toEpochSecond(ZoneOffset.UTC));
                out.writeInt(l.txnTime().getNano());
                out.writeUTF(l.terminalId().value());
                out.writeUTF(l.batchNo());
                out.writeUTF(l.stan().value());
                out.writeUTF(l.rrn().value());
                out.writeUTF(l.cardNo().value());
                out.writeByte(l.cardKind().ordinal());
                out.writeByte(l.txnType().ordinal());
                out.writeLong(l.amountFen());
                out.writeLong(l.feeFen());
                out.writeLong(l.netFen());
                out.writeUTF(l.outcome());
                count++;
            } catch (IOException ex) {
                throw failed(ex);
            }
        }

        void commit() {
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

        @Override
        public void close() {
            try {
                out.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temp file is never read: only committed names are
            }
        }

        private UncheckedIOException failed(IOException e) {
            return new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a committed file entry by entry; {@link #next} throws {@link Incomplete} on a file cut short. */
    static final class Reader implements AutoCloseable {
        private final Path file;
        private final DataInputStream in;
        private long count;

        Reader(Path file) throws Incomplete {
            this.file = file;
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
                if (in.readInt() != MAGIC) {
                    in.close();
                    throw new Incomplete(file);
                }
            } catch (IOException e) {
                throw new Incomplete(file);
            }
        }

        /** The next entry, or null after the last one of a complete file. */
        Entry next() throws Incomplete {
            try {
                if (!in.readBoolean()) {
                    if (in.readLong() != count || in.readInt() != END) {
                        throw new Incomplete(file);
                    }
                    return null;
                }
                count++;
                MerchantId merchant = MerchantId.of(in.readUTF());
                long txnId = in.readLong();
                LocalDateTime time = LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
                return new Entry(merchant, txnId, new StatementLine(time, TerminalId.of(in.readUTF()), in.readUTF(),
                        Stan.of(in.readUTF()), Rrn.of(in.readUTF()), MaskedCard.of(in.readUTF()),
                        CardKind.values()[in.readByte()], TxnType.values()[in.readByte()], in.readLong(), in.readLong(),
                        in.readLong(), in.readUTF()));
            } catch (IOException e) {
                throw new Incomplete(file);
            }
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
