package com.posclearing.ops;

import com.posclearing.job.StatusReport;
import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code status [--date D] [--days N]}: one line per recent date, or D in detail. Reads only: a data folder without a
 * database is reported as such (an empty in-memory one stands in), never created; without {@code --data} the demo's
 * database ({@code data/demo}) is found when {@code data/} has none.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "One line per recent business date, or with --date D its runs, steps, counts, outcome totals, and what"
                + " failed and why.")
final class StatusCommand implements Callable<Integer> {
    static final Path DEFAULT_DATA = Path.of("data");
    static final Path DEMO_DATA = DEFAULT_DATA.resolve("demo");

    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Every run of this business date in detail.")
    String date;

    @Option(names = "--days", paramLabel = "N", defaultValue = "14",
            description = "How many of the latest dates with a run to list (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() throws IOException {
        BusinessDate d = date == null ? null : BusinessDate.parse(date);
        if (days < 1) {
            throw new UsageException("--days must be 1 or more, got " + days);
        }
        String[] overrides = {};
        String noDatabase = null;
        if (!databaseConfigured(common) && !Files.exists(h2File(common.dataDir))) {
            if (common.dataDir.equals(DEFAULT_DATA) && Files.exists(h2File(DEMO_DATA))) {
                common.dataDir = DEMO_DATA;
                System.out.println("status of the demo's database in " + DEMO_DATA + " (" + DEFAULT_DATA + " has none)");
            } else {
                noDatabase = "no database in " + common.dataDir.toAbsolutePath().normalize() + ": nothing has run with --data "
                        + common.dataDir + " yet (the demo's database is in " + DEMO_DATA + ")";
                overrides = new String[] {"--spring.datasource.url=jdbc:h2:mem:status", "--logging.file.name="};
            }
        }
        try (ConfigurableApplicationContext ctx = Contexts.open(common, overrides)) {
            StatusReport report = ctx.getBean(StatusReport.class);
            List<String> lines = d == null ? report.recent(days) : report.lines(d);
            lines.forEach(System.out::println);
        }
        if (noDatabase != null) {
            System.out.println(noDatabase);
        }
        return ExitCodes.OK;
    }

    /** The H2 file of a data folder (application.properties: {@code DATA/db/clearing}). */
    static Path h2File(Path dataDir) {
        return dataDir.resolve("db").resolve("clearing.mv.db");
    }

    /** A --config folder naming its own database (PostgreSQL, Oracle): there is no H2 file to look for. */
    static boolean databaseConfigured(CommonOptions common) throws IOException {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            return true;
        }
        if (common.configDir() == null) {
            return false;
        }
        Path file = common.configDir().resolve("application.properties");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        }
        return props.containsKey("spring.datasource.url");
    }
}
