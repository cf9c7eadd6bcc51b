package com.posclearing.statement;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.support.spill.SpillFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Statement lines in compact binary files: what a reconcile bucket decided for its terminal records, written with the
 * bucket's outcomes into one file per merchant partition ({@code lines/pPP/bBB.bin}), so the statement step reads
 * each partition's files on its own and finds every line of its merchants there, with no regrouping. Sequential files
 * instead of one lookup per line in the tables; framed by {@link SpillFile}.
 */
public final class LineSpill {
    /**
     * Merchant partitions of a run's lines, the statement step's units of work: enough to keep every core busy and to
     * hold a partition's lines in memory (about 300 k lines each at 10 M records), few enough files per bucket.
     */
    public static final int PARTITIONS = 32;
    private static final int MAGIC = 0x4c4e5331; // "LNS1"

    private LineSpill() {
    }

    /** The partition of a merchant's lines: the murmur3 finaliser over its id's hash, as {@code Buckets} spreads terminals. */
    public static int partitionOf(MerchantId merchant) {
        int h = merchant.value().hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, PARTITIONS);
    }

    /** The folder of one partition's files, one per writer (a reconcile bucket). */
    public static Path partitionDir(Path linesDir, int partition) {
        return linesDir.resolve(String.format("p%02d", partition));
    }

    /** A reconcile bucket's lines, each into its merchant's partition file; {@link #commit} commits every file. */
    public static final class PartitionedWriter implements AutoCloseable {
        private final Writer[] out = new Writer[PARTITIONS];

        public PartitionedWriter(Path linesDir, int bucket) {
            try {
                for (int p = 0; p < PARTITIONS; p++) {
                    out[p] = new Writer(SpillFile.ofBucket(partitionDir(linesDir, p), bucket));
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        public void write(Entry e) {
            out[partitionOf(e.merchant())].write(e);
        }

        public void commit() {
            for (Writer w : out) {
                w.commit();
            }
        }

        @Override
        public void close() {
            for (Writer w : out) {
                if (w != null) {
                    w.close();
                }
            }
        }
    }

    /** A statement line with the merchant it belongs to and its record id (the tie-break of the statement order). */
    public record Entry(MerchantId merchant, long txnId, StatementLine line) {
    }

    /** Writes to a temp name; {@link #commit} ends the file and gives it its name. */
    public static final class Writer implements AutoCloseable {
        private final SpillFile.Writer file;

        public Writer(Path file) {
            this.file = new SpillFile.Writer(file, MAGIC);
        }

        public void write(Entry e) {
            StatementLine l = e.line();
            try {
                DataOutputStream out = file.record();
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
            } catch (IOException ex) {
                throw file.failed(ex);
            }
        }

        public void commit() {
            file.commit();
        }

        @Override
        public void close() {
            file.close();
        }
    }

    /** Reads a committed file entry by entry; {@link #next} throws {@link SpillFile.Incomplete} on a file cut short. */
    public static final class Reader implements AutoCloseable {
        private final SpillFile.Reader file;

        public Reader(Path file) throws SpillFile.Incomplete {
            this.file = new SpillFile.Reader(file, MAGIC);
        }

        /** The next entry, or null after the last one of a complete file. */
        public Entry next() throws SpillFile.Incomplete {
            DataInputStream in = file.next();
            if (in == null) {
                return null;
            }
            try {
                MerchantId merchant = MerchantId.of(in.readUTF());
                long txnId = in.readLong();
                LocalDateTime time = LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
                return new Entry(merchant, txnId, new StatementLine(time, TerminalId.of(in.readUTF()), in.readUTF(),
                        Stan.of(in.readUTF()), Rrn.of(in.readUTF()), MaskedCard.of(in.readUTF()),
                        CardKind.values()[in.readByte()], TxnType.values()[in.readByte()], in.readLong(), in.readLong(),
                        in.readLong(), in.readUTF()));
            } catch (IOException e) {
                throw file.incomplete();
            }
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
