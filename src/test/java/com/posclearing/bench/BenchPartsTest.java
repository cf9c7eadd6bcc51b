package com.posclearing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.bench.internal.Planted;
import com.posclearing.kernel.BusinessDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        assertThatThrownBy(() -> new BenchOptions.Database("postgresql", null, "u", "p", "bench_x"))
                .hasMessage("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DB");
        assertThatThrownBy(() -> new BenchOptions.Database("oracle", null, "u", "p", null))
                .hasMessage("--db must be h2 or postgresql, got oracle");
    }

    @Test
    void postgresqlNeedsADatabaseNameTheBenchMayDrop() {
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
        assertThat(new BenchOptions.Database("postgresql", url, "u", "p", "bench_night").name()).isEqualTo("bench_night");
        assertThatThrownBy(() -> new BenchOptions.Database("postgresql", url, "u", "p", null))
                .hasMessage("--db postgresql needs --db-name NAME, the database the bench drops and creates (lower-case"
                        + " letters, digits, _), got null");
        assertThatThrownBy(() -> new BenchOptions.Database("postgresql", url, "u", "p", "x; DROP TABLE y"))
                .hasMessageContaining("got x; DROP TABLE y");
        assertThatThrownBy(() -> new BenchOptions.Database("postgresql", url, "u", "p", "postgres"))
                .hasMessage("--db-name postgres is PostgreSQL's own database: name one the bench may drop");
    }

    @Test
    void afterHistoryThePendingItemsOfEarlierNightsComeBack() {
        Map<String, Long> night = Map.of("terminal.MATCHED", 100L, "terminal.PENDING", 3L, "bank.MATCHED", 100L);
        // carry window 2: the night before's 5 are pending again, the 7 of two nights before are missing at the bank
        assertThat(Planted.afterHistory(night, List.of(11L, 7L, 5L), 2)).isEqualTo(Map.of("terminal.MATCHED", 100L,
                "terminal.PENDING", 8L, "terminal.MISSING_AT_BANK", 7L, "bank.MATCHED", 100L));
        assertThat(Planted.afterHistory(night, List.of(), 2)).isEqualTo(night);
        assertThat(Planted.afterHistory(night, List.of(4L), 3)).containsEntry("terminal.PENDING", 7L)
                .doesNotContainKey("terminal.MISSING_AT_BANK");
    }

    private static BenchOptions options(long records, int merchants, int batch) {
        return new BenchOptions(1, records, merchants, D, batch, BenchOptions.Database.h2(), Path.of("w"), false, true, true,
                false, BenchOptions.History.none(), 0);
    }
}
