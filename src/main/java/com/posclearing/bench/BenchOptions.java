package com.posclearing.bench;

import com.posclearing.kernel.BusinessDate;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What one benchmark run measures and where.
 *
 * @param seed        generator seed: same seed, records and merchants → same files, so a data set is reused
 * @param records     terminal D lines to generate (the bank side has about as many rows)
 * @param merchants   merchants (two terminals each)
 * @param date        the business date of the generated files
 * @param batchSize   D lines per terminal batch; 0 = chosen so that every terminal gets at least one batch
 * @param database    where the job keeps its tables: a fresh H2 file in the run folder, or a fresh PostgreSQL database
 * @param workDir     data sets ({@code gen-*}) and run folders ({@code run-*}) live here
 * @param keep        keep the run folder (database, outputs) after the run; the data set is always kept
 * @param duckDb      run the DuckDB join baseline
 * @param poiFloor    run the bare POI SXSSF baseline
 * @param baselinesOnly skip the job: only the baselines, the POI floor with the data set's terminal lines spread
 *                    evenly over the merchants (for sizes where the job itself takes hours)
 */
public record BenchOptions(long seed, long records, int merchants, BusinessDate date, int batchSize, Database database,
        Path workDir, boolean keep, boolean duckDb, boolean poiFloor, boolean baselinesOnly) {

    public BenchOptions {
        if (records < 1 || records > 999_999_999L) {
            throw new IllegalArgumentException("--records must be 1 … 999,999,999, got " + records);
        }
        if (merchants < 1 || merchants > 4_999_999) {
            throw new IllegalArgumentException("--merchants must be 1 … 4,999,999, got " + merchants);
        }
        if (batchSize < 0 || batchSize > 100_000) {
            throw new IllegalArgumentException("--batch-size must be 0 (automatic) … 100,000, got " + batchSize);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(workDir, "workDir");
    }

    /** The batch size actually used: explicit, or records / terminals so every terminal of every merchant is active. */
    public int effectiveBatchSize() {
        if (batchSize > 0) {
            return batchSize;
        }
        long perTerminal = records / (2L * merchants);
        return (int) Math.max(1, Math.min(100_000, perTerminal));
    }

    /**
     * The job's database.
     *
     * @param kind     {@code h2} or {@code postgresql}
     * @param adminUrl for PostgreSQL: a JDBC URL of an existing database from which the bench database is created
     *                 fresh (dropped first if it exists); null for H2
     */
    public record Database(String kind, String adminUrl, String user, String password) {
        public static final String H2 = "h2";
        public static final String POSTGRESQL = "postgresql";

        public Database {
            if (!H2.equals(kind) && !POSTGRESQL.equals(kind)) {
                throw new IllegalArgumentException("--db must be h2 or postgresql, got " + kind);
            }
            if (POSTGRESQL.equals(kind) && (adminUrl == null || !adminUrl.startsWith("jdbc:postgresql:"))) {
                throw new IllegalArgumentException("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DB");
            }
        }

        public static Database h2() {
            return new Database(H2, null, "sa", "");
        }
    }
}
