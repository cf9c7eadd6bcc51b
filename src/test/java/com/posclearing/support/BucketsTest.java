package com.posclearing.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.TerminalId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketsTest {
    @ParameterizedTest
    @ValueSource(strings = {"1%07d", "T%07d"})
    void numberedTerminalsSpreadEvenly(String format) {
        int[] counts = new int[Buckets.COUNT];
        for (int i = 1; i <= 64_000; i++) {
            counts[Buckets.of(TerminalId.of(String.format(format, i)))]++;
        }
        // 1,000 a bucket on average; the plain String.hashCode put 3.4 x more in the fullest bucket than in the emptiest
        assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThan(850);
        assertThat(Arrays.stream(counts).max().orElseThrow()).isLessThan(1_150);
    }

    @Test
    void aTerminalAlwaysGoesToTheSameBucket() {
        assertThat(Buckets.of(TerminalId.of("10000001"))).isEqualTo(Buckets.of(TerminalId.of("10000001")))
                .isBetween(0, Buckets.COUNT - 1);
    }
}
