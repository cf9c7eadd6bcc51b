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
 * Statement lines in a compact binary file: what a reconcile bucket decided for its terminal records (written with
 * the bucket's outcomes), then the same lines regrouped by chunks of merchants for the statement step. Sequential
 * files instead of one lookup per line in the tables; framed by {@link SpillFile}.
 */
public final class LineSpill {
    private static final int MAGIC = 0x4c4e5331; // "LNS1"

    private LineSpill() {
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
