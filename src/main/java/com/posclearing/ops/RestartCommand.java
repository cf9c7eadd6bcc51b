package com.posclearing.ops;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.settlement.SettlementService;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code restart --date D}. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Continues D's failed (or killed) run where it stopped.")
final class RestartCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "Business date D.")
    String date;

    @Override
    public Integer call() {
        BusinessDate d = BusinessDate.parse(date);
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            return Audited.run(ctx, common, "restart", "--date " + d, null,
                    () -> ctx.getBean(SettlementService.class).restart(d, common.operator()));
        }
    }
}
