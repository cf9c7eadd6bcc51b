package com.posclearing.ops;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.settlement.StatusReport;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status [--date D]}. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Runs, their steps, counts, outcome totals, and what failed and why.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Only the runs of this business date.")
    String date;

    @Override
    public Integer call() {
        Optional<BusinessDate> d = Optional.ofNullable(date).map(BusinessDate::parse);
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            ctx.getBean(StatusReport.class).lines(d).forEach(System.out::println);
        }
        return ExitCodes.OK;
    }
}
