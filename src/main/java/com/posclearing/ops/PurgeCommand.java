package com.posclearing.ops;

import com.posclearing.retention.batch.PurgeReport;
import com.posclearing.retention.batch.PurgeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code purge [--dry-run] [--as-of yyyy-MM-dd]}: retention by hand, as the schedule's purge job does it. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Removes what retention.yaml no longer keeps (archived inputs, spills, outputs but payouts, record rows)"
                + " of dates whose latest run completed and whose lock is free; audited. A purged date cannot be rerun.")
final class PurgeCommand implements Callable<Integer> {
    /** The zone of business dates (and of the schedule's purge job). */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Mixin
    CommonOptions common;

    @Option(names = "--dry-run", description = "List what would go, remove nothing (audited too).")
    boolean dryRun;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "The day the policy counts from (default: today in"
            + " Asia/Shanghai, or the day of clearing.clock).")
    String asOf;

    @Override
    public Integer call() {
        LocalDate day = asOf == null ? null : parse(asOf);
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            LocalDate on = day != null ? day : LocalDate.now(ctx.getBeanProvider(Clock.class).getIfAvailable(Clock::systemUTC)
                    .withZone(SHANGHAI));
            PurgeReport report = ctx.getBean(PurgeService.class).purge(on, dryRun, common.operator());
            report.kinds().forEach(k -> System.out.println("purge " + k.describe(dryRun)));
            System.out.println("purge as of " + on + ": " + (dryRun ? "would remove " : "removed ") + report.items() + " items"
                    + (dryRun ? " (dry run: nothing removed)" : ""));
            return ExitCodes.OK;
        }
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of '" + text + "' is not a date yyyy-MM-dd such as 2027-12-31");
        }
    }
}
