package com.posclearing.generator;

import com.posclearing.generator.internal.BulkRun;
import com.posclearing.kernel.BusinessDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Seeded random inputs for one business date at benchmark scale (1 M – 10 M records): a POSP file, its ACOMA
 * file, and matching {@code merchants.csv}, {@code terminals.csv}, {@code fee-plans.csv} and {@code calendar.csv}.
 * Both files come in the order real ones do: the terminal file's batches in the order they closed (each batch's
 * lines in time order), the bank file's rows in time order with the terminals interleaved, so the job's indexes take
 * their keys as in production. Streams every line: memory grows with the terminals, not the records. Same options →
 * same bytes; another date gives other transactions (the date is mixed into the seed).
 *
 * <p>Proportions per terminal record: 97 % matched, 0.8 % never cleared (PENDING), 0.5 % amount mismatch,
 * 0.3 % data mismatch (card last 4), 0.8 % a sale voided in its batch (two D lines), 0.6 % refunds of a sale of
 * the previous day (matched); plus bank-only rows: 0.3 % missing at terminal, 0.2 % reversed. All merchants ACTIVE.
 */
public final class BulkGenerator {
    private BulkGenerator() {
    }

    /**
     * @param seed       random seed
     * @param records    D lines to write (terminal side), at least 1
     * @param merchants  merchants (two terminals each), 1 … 4,999,999
     * @param date       business date = clearing date
     * @param batchSize  D lines per terminal batch, 1 … 100,000
     */
    public record Options(long seed, long records, int merchants, BusinessDate date, int batchSize) {
        public Options {
            if (records < 1 || records > 999_999_999L) {
                throw new IllegalArgumentException("records must be 1 … 999,999,999, got " + records);
            }
            if (merchants < 1 || merchants > 4_999_999) {
                throw new IllegalArgumentException("merchants must be 1 … 4,999,999, got " + merchants);
            }
            if (date == null) {
                throw new IllegalArgumentException("date is required");
            }
            if (batchSize < 1 || batchSize > 100_000) {
                throw new IllegalArgumentException("batchSize must be 1 … 100,000, got " + batchSize);
            }
        }
    }

    /**
     * What was written and the outcomes a correct reconciliation (carry window ≥ 1, no pending items carried in)
     * must produce, per side: outcome name → count.
     */
    public record Result(Path pospFile, Path acomaFile, Path configDir, long terminalRecords, long bankRecords,
            Map<String, Long> terminalOutcomes, Map<String, Long> bankOutcomes) {
        public Result {
            terminalOutcomes = Map.copyOf(terminalOutcomes);
            bankOutcomes = Map.copyOf(bankOutcomes);
        }

        public List<Path> inputFiles() {
            return List.of(pospFile, acomaFile);
        }
    }

    /** Writes {@code dir/config/*.csv} and {@code dir/inbox/} (the POSP and ACOMA files). */
    public static Result write(Options options, Path dir) {
        return BulkRun.run(options, dir);
    }
}
