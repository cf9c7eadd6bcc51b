package com.posclearing.bench.jmh;

import com.posclearing.generator.BulkGenerator;
import com.posclearing.ingest.BatchTotals;
import com.posclearing.ingest.FileParser;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.Layouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small generated data set shared by the JMH benchmarks' setups: real files, parsed by the real engine. */
final class BenchFiles {
    static final BusinessDate DATE = BusinessDate.parse("2026-11-23");

    final BulkGenerator.Result result;
    final Layouts layouts = Layouts.load(ConfigFiles.builtIn());
    final List<TerminalTxn> terminal = new ArrayList<>();
    final List<BankTxn> bank = new ArrayList<>();

    /** {@code records} terminal lines over {@code merchants} merchants, parsed; ids numbered from 1 per side. */
    BenchFiles(long records, int merchants) throws IOException {
        Path dir = Files.createTempDirectory("pos-clearing-jmh");
        dir.toFile().deleteOnExit();
        result = BulkGenerator.write(new BulkGenerator.Options(11, records, merchants, DATE, 50), dir);
        FileParser parser = new FileParser(layouts);
        Sink sink = new Sink() {
            @Override
            public void terminalTxn(TerminalTxn txn) {
                terminal.add(txn.withId(terminal.size() + 1));
            }

            @Override
            public void bankTxn(BankTxn txn) {
                bank.add(txn.withId(bank.size() + 1));
            }

            @Override
            public void reject(LineReject reject) {
                throw new IllegalStateException("generated line rejected: " + reject);
            }

            @Override
            public void batch(BatchTotals totals) {
            }
        };
        parser.parse(result.pospFile(), result.pospFile().getFileName().toString(), DATE, sink);
        parser.parse(result.acomaFile(), result.acomaFile().getFileName().toString(), DATE, sink);
    }
}
