package com.posclearing.bench.jmh;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.reconcile.History;
import com.posclearing.reconcile.ReconcileResult;
import com.posclearing.reconcile.Reconciler;
import com.posclearing.reconcile.TerminalValidator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The match step's inner part: {@link Reconciler} on one small partition (one merchant-hash bucket's worth of
 * records, all outcomes present), with no database behind {@link History}. Time per partition; divide by the records
 * (about 2 × {@code records}) for a per-record probe.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchProbeBenchmark {
    @Param({"1000", "10000"})
    public int records;

    private List<TerminalTxn> terminal;
    private List<BankTxn> bank;
    private Reconciler reconciler;

    @Setup
    public void setUp() throws IOException {
        BenchFiles files = new BenchFiles(records, Math.max(1, records / 100));
        terminal = List.copyOf(files.terminal);
        bank = List.copyOf(files.bank);
        reconciler = Reconciler.withDefaultWindow(TerminalValidator.ACCEPT_ALL, History.NONE);
    }

    @Benchmark
    public ReconcileResult reconcilePartition() {
        return reconciler.reconcile(BenchFiles.DATE, terminal, List.of(), bank);
    }
}
