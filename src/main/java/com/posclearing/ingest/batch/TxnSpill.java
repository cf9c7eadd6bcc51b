package com.posclearing.ingest.batch;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.support.Buckets;
import com.posclearing.support.spill.SpillFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records of one loaded file split by bucket into compact binary files, which reconciliation reads a bucket at a
 * time: ingest writes no record rows, reconcile writes each record once with its outcome. A bucket file that is
 * absent (a restart on another host, a rerun after cleanup) or incomplete (no end mark) is made again from the
 * archived input ({@link SpilledRecords}). Written under temp
 * names, renamed once the file's rows are committed.
 */
public final class TxnSpill {
    private static final int MAGIC = 0x53504c31; // "SPL1"

    private TxnSpill() {
    }

    public static Path bucketFile(Path fileDir, int bucket) {
        return SpillFile.ofBucket(fileDir, bucket);
    }

    /** Writes the records of one file into its bucket files; {@link #commit} makes them visible. */
    static final class Writer implements AutoCloseable {
        private final SpillFile.Writer[] out = new SpillFile.Writer[Buckets.COUNT];

        Writer(Path dir) {
            try {
                for (int b = 0; b < Buckets.COUNT; b++) {
                    out[b] = new SpillFile.Writer(bucketFile(dir, b), MAGIC);
                }
            } catch (UncheckedIOException e) {
                close();
                throw e;
            }
        }

        void terminal(int bucket, TerminalTxn t) {
            try {
                DataOutputStream o = start(bucket, t.id(), t.lineNo());
                o.writeInt((int) t.businessDate().value().toEpochDay());
                o.writeUTF(t.merchantId().value());
                o.writeUTF(t.terminalId().value());
                o.writeUTF(t.batchNo());
                o.writeUTF(t.stan().value());
                o.writeUTF(t.rrn().value());
                nullable(o, t.authCode());
                o.writeByte(t.txnType().ordinal());
                o.writeUTF(t.cardNo().value());
                o.writeByte(t.cardKind().ordinal());
                o.writeLong(t.amountFen());
                time(o, t.txnTime());
                nullable(o, t.origStan() == null ? null : t.origStan().value());
                nullable(o, t.origRrn() == null ? null : t.origRrn().value());
                o.writeInt(t.origTxnDate() == null ? Integer.MIN_VALUE : (int) t.origTxnDate().toEpochDay());
            } catch (IOException e) {
                throw out[bucket].failed(e);
            }
        }

        void bank(int bucket, BankTxn b) {
            try {
                DataOutputStream o = start(bucket, b.id(), b.lineNo());
                o.writeInt((int) b.clearingDate().value().toEpochDay());
                o.writeUTF(b.stan().value());
                time(o, b.transmissionTime());
                o.writeUTF(b.cardNo().value());
                o.writeLong(b.amountFen());
                o.writeUTF(b.mti());
                o.writeUTF(b.processingCode());
                o.writeUTF(b.terminalId().value());
                o.writeUTF(b.merchantId().value());
                nullable(o, b.rrn() == null ? null : b.rrn().value());
                nullable(o, b.authCode());
                nullable(o, b.origStan() == null ? null : b.origStan().value());
                o.writeBoolean(b.origTxnTime() != null);
                if (b.origTxnTime() != null) {
                    time(o, b.origTxnTime());
                }
                o.writeBoolean(b.reversed());
                o.writeBoolean(b.cancelled());
                nullable(o, b.merchantName());
                o.writeLong(b.acquirerCostFen());
                o.writeBoolean(b.networkFeeFen() != null);
                if (b.networkFeeFen() != null) {
                    o.writeLong(b.networkFeeFen());
                }
            } catch (IOException e) {
                throw out[bucket].failed(e);
            }
        }

        /** Ends every bucket file and moves it to its final name. */
        void commit() {
            for (SpillFile.Writer w : out) {
                w.commit();
            }
        }

        /** Deletes the temp files (after a failure, or when nothing was committed). */
        @Override
        public void close() {
            for (SpillFile.Writer w : out) {
                if (w != null) {
                    w.close();
                }
            }
        }

        private DataOutputStream start(int bucket, long id, long lineNo) throws IOException {
            DataOutputStream o = out[bucket].record();
            o.writeLong(id);
            o.writeLong(lineNo);
            return o;
        }
    }

    /**
     * The terminal records of a bucket file in line order, or null when the file is absent or incomplete (then the
     * file is made again from the archive).
     */
    public static List<TerminalTxn> readTerminal(Path file, String fileName) {
        List<TerminalTxn> out = new ArrayList<>();
        return read(file, in -> out.add(terminal(in, fileName))) ? out : null;
    }

    public static List<BankTxn> readBank(Path file, String fileName) {
        List<BankTxn> out = new ArrayList<>();
        return read(file, in -> out.add(bank(in, fileName))) ? out : null;
    }

    private static boolean read(Path file, Consumer<Record> each) {
        try (SpillFile.Reader r = new SpillFile.Reader(file, MAGIC)) {
            for (DataInputStream in = r.next(); in != null; in = r.next()) {
                each.accept(new Record(in, in.readLong(), in.readLong()));
            }
            return true;
        } catch (SpillFile.Incomplete | IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The fields every record starts with, and the stream positioned at the rest. */
    private record Record(DataInputStream in, long id, long lineNo) {
    }

    private static TerminalTxn terminal(Record r, String fileName) {
        try {
            DataInputStream in = r.in();
            return new TerminalTxn(r.id(), fileName, r.lineNo(), new BusinessDate(LocalDate.ofEpochDay(in.readInt())),
                    MerchantId.of(in.readUTF()), TerminalId.of(in.readUTF()), in.readUTF(), Stan.of(in.readUTF()),
                    Rrn.of(in.readUTF()), nullable(in), TxnType.values()[in.readByte()], MaskedCard.of(in.readUTF()),
                    CardKind.values()[in.readByte()], in.readLong(), time(in), TxnRows.stan(nullable(in)), TxnRows.rrn(nullable(in)),
                    date(in.readInt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BankTxn bank(Record r, String fileName) {
        try {
            DataInputStream in = r.in();
            return new BankTxn(r.id(), fileName, r.lineNo(), new BusinessDate(LocalDate.ofEpochDay(in.readInt())),
                    Stan.of(in.readUTF()), time(in), MaskedCard.of(in.readUTF()), in.readLong(), in.readUTF(), in.readUTF(),
                    TerminalId.of(in.readUTF()), MerchantId.of(in.readUTF()), TxnRows.rrn(nullable(in)), nullable(in),
                    TxnRows.stan(nullable(in)), in.readBoolean() ? time(in) : null, in.readBoolean(), in.readBoolean(), nullable(in),
                    in.readLong(), in.readBoolean() ? in.readLong() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void nullable(DataOutputStream o, String s) throws IOException {
        o.writeBoolean(s != null);
        if (s != null) {
            o.writeUTF(s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void time(DataOutputStream o, LocalDateTime t) throws IOException {
        o.writeLong(t.toEpochSecond(ZoneOffset.UTC));
        o.writeInt(t.getNano());
    }

    private static LocalDateTime time(DataInputStream in) throws IOException {
        return LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
    }

    private static LocalDate date(int epochDay) {
        return epochDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
