package com.posclearing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench's own arithmetic and option checks (no job, no timings). */
class BenchPartsTest {
    private static final BusinessDate D = BusinessDate.parse("2026-11-23");

    @Test
    void evenRowsSpreadTheRemainderOverTheFirstMerchants() {
        assertThat(Bench.evenRows(10, 4)).containsExactly(3, 3, 2, 2);
        assertThat(Bench.evenRows(8, 4)).containsExactly(2, 2, 2, 2);
    }

    @Test
    void automaticBatchSizeGivesEveryTerminalABatch() {
        assertThat(options(1_000_000, 20_000, 0).effectiveBatchSize()).isEqualTo(25);
        assertThat(options(100_000, 20_000, 0).effectiveBatchSize()).isEqualTo(2);
        assertThat(options(1_000, 20_000, 0).effectiveBatchSize()).isEqualTo(1);
        assertThat(options(1_000, 20_000, 300).effectiveBatchSize()).isEqualTo(300);
    }

    @Test
    void postgresqlNeedsAJdbcUrl() {
        assertThatThrownBy(() -> new BenchOptions.Database("postgresql", null, "u", "p"))
                .hasMessage("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DB");
        assertThatThrownBy(() -> new BenchOptions.Database("oracle", null, "u", "p"))
                .hasMessage("--db must be h2 or postgresql, got oracle");
    }

    private static BenchOptions options(long records, int merchants, int batch) {
        return new BenchOptions(1, records, merchants, D, batch, BenchOptions.Database.h2(), Path.of("w"), false, true, true,
                false);
    }
}
