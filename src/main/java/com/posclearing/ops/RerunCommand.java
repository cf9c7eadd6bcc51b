package com.posclearing.ops;

import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rerun --date D --reason TEXT}. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = "Runs D again from its archived inputs as a new, recorded run. Before D's payout file was delivered the"
                + " payouts are replaced under the same ids; after, differences become adjustments of the next business date.")
final class RerunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "Business date D.")
    String date;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why D is run again (recorded).")
    String reason;

    @Override
    public Integer call() {
        BusinessDate d = BusinessDate.parse(date);
        if (reason.isBlank()) {
            throw new UsageException("--reason is empty: say why " + d + " is run again, e.g. --reason \"debit rate corrected\"");
        }
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            return Audited.run(ctx, common, "rerun", "--date " + d, reason,
                    () -> ctx.getBean(SettlementService.class).rerun(d, reason, common.operator()));
        }
    }
}
