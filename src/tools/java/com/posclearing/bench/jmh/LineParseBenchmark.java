package com.posclearing.bench.jmh;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.ingest.FileParser;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RecordReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A line of the terminal file (posp-csv) or of the bank file (cups-acoma, fixed width) through the layout engine: raw
 * records (split, typed checks) and, on top, the mapping to a {@link TerminalTxn} or {@link BankTxn}. Per line: the
 * file holds {@value #LINES} detail lines plus its header, batch and trailer lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LineParseBenchmark {
    static final int LINES = 10_000;
    @Param({"posp-csv", "cups-acoma"})
    public String layoutName;
    private Layout layout;
    private FileParser parser;
    private Path file;
    private String name;

    @Setup
    public void setUp() throws IOException {
        BenchFiles files = new BenchFiles(LINES, 20);
        file = "posp-csv".equals(layoutName) ? files.result.pospFile() : files.result.acomaFile();
        name = file.getFileName().toString();
        layout = files.layouts.byName(layoutName);
        parser = new FileParser(files.layouts);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long layoutRecords(Blackhole bh) {
        long n = 0;
        try (RecordReader reader = layout.open(file, name)) {
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                bh.consume(r);
                n++;
            }
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void txns(Blackhole bh) {
        parser.parse(file, name, BenchFiles.DATE, new Sink() {
            @Override
            public void terminalTxn(TerminalTxn txn) {
                bh.consume(txn);
            }

            @Override
            public void bankTxn(BankTxn txn) {
                bh.consume(txn);
            }

            @Override
            public void reject(LineReject reject) {
                bh.consume(reject);
            }

            @Override
            public void batch(BatchTotals totals) {
                bh.consume(totals);
            }
        });
    }
}
