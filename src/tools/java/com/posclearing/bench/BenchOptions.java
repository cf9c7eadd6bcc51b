package com.posclearing.bench;

import com.posclearing.kernel.BusinessDate;
import java.nio.file.Path;
import java.util.List;
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
 * @param history     0 nights = none; otherwise, after night 1 on an empty database, a second database first runs
 *                    these nights of history (the dates before {@code date}) and then {@code date} again, timed
 * @param workers     0 = the partitions on the bench's own cores; N = on N worker processes
 *                    ({@code ops/settle worker}) over the RabbitMQ of 127.0.0.1:5672, the cores shared among them
 */
public record BenchOptions(long seed, long records, int merchants, BusinessDate date, int batchSize, Database database,
        Path workDir, boolean keep, boolean duckDb, boolean poiFloor, boolean baselinesOnly, History history, int workers) {

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
        Objects.requireNonNull(history, "history");
        if (workers < 0 || workers > 8) {
            throw new IllegalArgumentException("--workers must be 0 (none) … 8, got " + workers);
        }
        if (baselinesOnly && history.nights() > 0) {
            throw new IllegalArgumentException("--baselines-only runs no job, so no history: leave out one of them");
        }
    }

    /** The batch size of a data set of {@code n} records: explicit, or n / terminals. */
    public int batchSizeFor(long n) {
        if (batchSize > 0) {
            return batchSize;
        }
        return (int) Math.max(1, Math.min(100_000, n / (2L * merchants)));
    }

    /** The batch size actually used: explicit, or records / terminals so every terminal of every merchant is active. */
    public int effectiveBatchSize() {
        return batchSizeFor(records);
    }

    /**
     * Nights of history before the timed night (issue 13: night 2 after 30 nights ÷ night 1 ≤ 1.1×).
     *
     * @param nights  0 = no history run
     * @param records terminal records of each history night
     */
    public record History(int nights, long records) {
        public static final int DEFAULT_NIGHTS = 30;

        public History {
            if (nights < 0 || nights > 366) {
                throw new IllegalArgumentException("--history-nights must be 0 (none) … 366, got " + nights);
            }
            if (nights > 0 && (records < 1 || records > 999_999_999L)) {
                throw new IllegalArgumentException("--history-records must be 1 … 999,999,999, got " + records);
            }
        }

        public static History none() {
            return new History(0, 0);
        }
    }

    /**
     * The job's database.
     *
     * @param kind     {@code h2} or {@code postgresql}
     * @param adminUrl for PostgreSQL: a JDBC URL of an existing database from which the bench database is created
     *                 fresh (dropped first if it exists); null for H2
     * @param name     for PostgreSQL: the database the bench drops and creates, named by the caller so that it is never
     *                 someone else's (a lower-case SQL identifier); null for H2
     */
    public record Database(String kind, String adminUrl, String user, String password, String name) {
        public static final String H2 = "h2";
        public static final String POSTGRESQL = "postgresql";
        private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z_][a-z0-9_]{0,62}");

        public Database {
            if (!H2.equals(kind) && !POSTGRESQL.equals(kind)) {
                throw new IllegalArgumentException("--db must be h2 or postgresql, got " + kind);
            }
            if (POSTGRESQL.equals(kind) && (adminUrl == null || !adminUrl.startsWith("jdbc:postgresql:"))) {
                throw new IllegalArgumentException("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DB");
            }
            if (POSTGRESQL.equals(kind) && (name == null || !NAME.matcher(name).matches())) {
                throw new IllegalArgumentException("--db postgresql needs --db-name NAME, the database the bench drops and"
                        + " creates (lower-case letters, digits, _), got " + name);
            }
            if (POSTGRESQL.equals(kind) && List.of("postgres", "template0", "template1").contains(name)) {
                throw new IllegalArgumentException("--db-name " + name + " is PostgreSQL's own database: name one the bench"
                        + " may drop");
            }
        }

        public static Database h2() {
            return new Database(H2, null, "sa", "", null);
        }
    }
}
