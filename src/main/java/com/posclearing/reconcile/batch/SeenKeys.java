package com.posclearing.reconcile.batch;

import com.posclearing.ingest.batch.Folders;
import com.posclearing.ingest.batch.TxnStore;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalId;
import com.posclearing.reconcile.History;
import com.posclearing.runs.RunRegistry;
import com.posclearing.support.KeySet;
import com.posclearing.support.spill.SpillFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The duplicate look-back's keys (SPEC 3.1): the (terminal id, RRN) of each record a reconcile bucket decided, kept per
 * date, run and bucket beside the rows ({@link Folders#keys}), so a night reads its look-back as a few small files per
 * bucket instead of a query per earlier date and bucket (night 31 of the bench: 1,920 queries). A cache of
 * recon_outcome: a file absent (a date run before the files existed) or cut short is read from the table instead, and
 * its keys join the sets only once the whole file has been read.
 */
final class SeenKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SeenKeys.class);
    private static final int MAGIC = 0x4b455931; // "KEY1"
    private final Folders folders;
    private final RunRegistry runs;
    private final TxnStore txns;

    SeenKeys(Folders folders, RunRegistry runs, TxnStore txns) {
        this.folders = folders;
        this.runs = runs;
        this.txns = txns;
    }

    private Path file(BusinessDate d, int runNo, int bucket) {
        return SpillFile.ofBucket(folders.keys(d, runNo), bucket);
    }

    /** A bucket's keys as it decides them; {@link Writer#commit} once its rows are in. */
    Writer writer(BusinessDate d, int runNo, int bucket) {
        return Writer.to(file(d, runNo, bucket));
    }

    static final class Writer implements AutoCloseable {
        private final SpillFile.Writer out;

        private Writer(SpillFile.Writer out) {
            this.out = out;
        }

        static Writer to(Path file) {
            return new Writer(new SpillFile.Writer(file, MAGIC));
        }

        void add(Side side, TerminalId terminalId, Rrn rrn) {
            if (rrn == null) {
                return; // a key with no RRN equals nothing (KeySet)
            }
            try {
                DataOutputStream o = out.record();
                o.writeBoolean(side == Side.TERMINAL);
                o.writeUTF(terminalId.value());
                o.writeUTF(rrn.value());
            } catch (IOException e) {
                throw out.failed(e);
            }
        }

        void commit() {
            out.commit();
        }

        @Override
        public void close() {
            out.close();
        }
    }

    /** What the last completed run of each date in {@code lookbackDays} before D decided in this bucket. */
    History before(BusinessDate d, int bucket, int lookbackDays) {
        KeySet terminal = new KeySet();
        KeySet bank = new KeySet();
        for (RunRegistry.Run run : runs.lastCompletedBetween(d.plusDays(-lookbackDays), d)) {
            try {
                read(file(run.date(), run.runNo(), bucket), terminal, bank);
            } catch (SpillFile.Incomplete e) {
                LOG.debug("{}; the look-back reads run {} of {} from the database", e.getMessage(), run.runNo(), run.date());
                txns.addKeys(run.date(), run.runNo(), bucket, terminal, bank);
            }
        }
        return new History() {
            @Override
            public boolean terminalKeySettledBefore(TerminalId terminalId, Rrn rrn) {
                return terminal.contains(terminalId.value(), rrn == null ? null : rrn.value());
            }

            @Override
            public boolean bankKeySeenBefore(TerminalId terminalId, Rrn rrn) {
                return bank.contains(terminalId.value(), rrn == null ? null : rrn.value());
            }
        };
    }

    /** Adds a whole file's keys, or none when it is absent, of another format or cut short. */
    static void read(Path file, KeySet terminal, KeySet bank) throws SpillFile.Incomplete {
        record Key(boolean terminal, String terminalId, String rrn) {
        }
        List<Key> keys = new ArrayList<>();
        try (SpillFile.Reader reader = new SpillFile.Reader(file, MAGIC)) {
            for (DataInputStream in = reader.next(); in != null; in = reader.next()) {
                keys.add(new Key(in.readBoolean(), in.readUTF(), in.readUTF()));
            }
        } catch (IOException e) {
            throw new SpillFile.Incomplete(file);
        }
        for (Key key : keys) {
            (key.terminal() ? terminal : bank).add(key.terminalId(), key.rrn());
        }
    }
}
