package com.posclearing.bench;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.ops.ExitCodes;
import com.posclearing.ops.UsageException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ops/bench --records N --merchants M}: the benchmark of issues 5 and 13, run from the source tree on the test
 * classpath (it is not part of the shipped jar). Prints a Markdown table per step (wall time,
 * records/s, peak RSS, heap) and the DuckDB and POI ratios; fails (exit 1) when the job's outcome counts differ from
 * what the generator planted.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a data set (or reuses it), runs the whole nightly job on a fresh database, checks the"
                + " outcome counts and prints per-step times, records/s, peak RSS and the DuckDB and POI baselines.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--records", required = true, paramLabel = "N", description = "Terminal records to generate.")
    long records;

    @Option(names = "--merchants", required = true, paramLabel = "M", description = "Merchants (two terminals each).")
    int merchants;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--date", defaultValue = "2026-11-23", paramLabel = "yyyy-MM-dd",
            description = "Business date of the data set (default: ${DEFAULT-VALUE}).")
    String date;

    @Option(names = "--batch-size", defaultValue = "0", paramLabel = "LINES",
            description = "D lines per terminal batch; 0 = records / terminals, so every merchant has activity (default).")
    int batchSize;

    @Option(names = "--db", defaultValue = "h2", paramLabel = "h2|postgresql",
            description = "The job's database: a fresh H2 file in the run folder (default), or PostgreSQL.")
    String db;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "For --db postgresql: an existing database to connect to, e.g. jdbc:postgresql://localhost:5432/postgres;"
                    + " the bench drops and creates the database --db-name there.")
    String jdbcUrl;

    @Option(names = "--db-name", paramLabel = "NAME",
            description = "For --db postgresql: the database the bench drops and creates (required, e.g. bench_posclearing).")
    String dbName;

    @Option(names = "--history-nights", paramLabel = "N",
            description = "After night 1, run N earlier nights on a second fresh database, then time the same night again"
                    + " (default 30 when --history-records is given).")
    Integer historyNights;

    @Option(names = "--history-records", paramLabel = "M", description = "Terminal records of each history night.")
    Long historyRecords;

    @Option(names = "--db-user", defaultValue = "postgres", description = "For --db postgresql (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "For --db postgresql.")
    String dbPassword;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Data sets and run folders (default: target/bench under the installation).")
    Path work;

    @Option(names = "--keep", description = "Keep the run folder (database, outputs, logs); data sets are always kept.")
    boolean keep;

    @Option(names = "--no-duckdb", description = "Skip the DuckDB join baseline.")
    boolean noDuckDb;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "Run the reconcile and statement partitions on N worker processes over RabbitMQ at 127.0.0.1:5672 (default 0: in the bench's JVM).")
    int workers;

    @Option(names = "--no-poi-floor", description = "Skip the bare POI SXSSF baseline.")
    boolean noPoiFloor;

    @Option(names = "--baselines-only",
            description = "Skip the job; only the DuckDB and POI baselines (POI with the lines spread evenly over the merchants).")
    boolean baselinesOnly;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("bench: " + ExitCodes.sentence(ex));
            return ExitCodes.of(ex);
        });
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        System.exit(cli.execute(args));
    }

    private BenchOptions.History history() {
        if (historyNights == null && historyRecords == null) {
            return BenchOptions.History.none();
        }
        if (historyRecords == null) {
            throw new IllegalArgumentException("--history-nights needs --history-records M (records of each history night)");
        }
        return new BenchOptions.History(historyNights == null ? BenchOptions.History.DEFAULT_NIGHTS : historyNights,
                historyRecords);
    }

    @Override
    public Integer call() {
        BenchOptions.Database database;
        try {
            database = BenchOptions.Database.H2.equals(db) ? BenchOptions.Database.h2()
                    : new BenchOptions.Database(db, jdbcUrl, dbUser, dbPassword, dbName);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path workDir = work != null ? work
                : Path.of(System.getProperty("pos.clearing.home", ".")).resolve("target").resolve("bench");
        BenchOptions options;
        try {
            options = new BenchOptions(seed, records, merchants, BusinessDate.parse(date), batchSize, database,
                    workDir.toAbsolutePath().normalize(), keep, !noDuckDb, !noPoiFloor, baselinesOnly, history(), workers);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        BenchReport report = Bench.run(options, System.err);
        report.lines().forEach(System.out::println);
        return ExitCodes.OK;
    }
}
