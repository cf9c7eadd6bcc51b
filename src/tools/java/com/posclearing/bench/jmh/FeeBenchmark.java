package com.posclearing.bench.jmh;

import com.posclearing.fees.FeeCalculator;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.RefundFee;
import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@link FeeCalculator#merchantFee(FeePlanRow, TxnType, long)} on a capped credit plan with a minimum and a fixed part. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FeeBenchmark {
    private static final int AMOUNTS = 1_024;
    private final long[] amountsFen = new long[AMOUNTS];
    private FeePlanRow plan;

    @Setup
    public void setUp() {
        plan = new FeePlanRow("BENCH", CardKind.CREDIT, new BigDecimal("0.60"), OptionalLong.of(2_000), OptionalLong.of(10),
                OptionalLong.of(1), RefundFee.RETURN);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < AMOUNTS; i++) {
            amountsFen[i] = 100 + random.nextLong(2_000_000);
        }
    }

    @Benchmark
    @OperationsPerInvocation(AMOUNTS)
    public long saleFee() {
        long sum = 0;
        for (long amount : amountsFen) {
            sum += FeeCalculator.merchantFee(plan, TxnType.SALE, amount);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(AMOUNTS)
    public long refundFee() {
        long sum = 0;
        for (long amount : amountsFen) {
            sum += FeeCalculator.merchantFee(plan, TxnType.REFUND, amount);
        }
        return sum;
    }
}
