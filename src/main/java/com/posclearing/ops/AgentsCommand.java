package com.posclearing.ops;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.kernel.Yuan;
import com.posclearing.support.AuditLog;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agents --month yyyy-MM}: runs or reruns the monthly agent settlement (SPEC 3.5). */
@Command(name = "agents", mixinStandardHelpOptions = true,
        description = "Settles the agents' month: each agent's statement and AGENT_PAYOUT_{yyyyMM}.csv + .ctl in"
                + " out/agents/{yyyyMM}/. Run again before the payout file is delivered, the month's figures are replaced"
                + " under the same payout ids; after, the differences move to the next month as adjustments.")
final class AgentsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--month", required = true, paramLabel = "yyyy-MM", description = "The month to settle, e.g. 2026-12.")
    String month;

    @Option(names = "--partial", description = "Settle the dates settled so far although the month's last day has not"
            + " (what comes later: replaced by the next run before delivery, moved to the next month after).")
    boolean partial;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the month is run (again), recorded.")
    String reason;

    @Override
    public Integer call() {
        YearMonth m = parse(month);
        String why = reason == null || reason.isBlank() ? "agents --month " + m : reason;
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            AuditLog audit = ctx.getBean(AuditLog.class);
            audit.record(common.operator(), "agents", "--month " + m, why, "started");
            try {
                AgentMonthService.Result r = ctx.getBean(AgentMonthService.class).settle(m, common.operator(), why, partial);
                System.out.println("agents " + m + " run " + r.runNo() + " (" + r.runDate() + "): " + r.statements()
                        + " statements, payouts " + r.payouts().count() + " totalling " + Yuan.format(r.payouts().totalFen())
                        + " yuan, " + (r.delivered() ? "delivered to the bank" : "not delivered (no bank target)")
                        + (r.movedToNextFen() == 0 ? "" : ", " + Yuan.format(r.movedToNextFen()) + " yuan moved to "
                                + m.plusMonths(1) + " (the payout file was delivered before)")
                        + "; written to " + r.folder());
                audit.record(common.operator(), "agents", "--month " + m, why, "exit 0: run " + r.runNo());
                return ExitCodes.OK;
            } catch (RuntimeException e) {
                audit.record(common.operator(), "agents", "--month " + m, why, "exit " + ExitCodes.of(e) + ": "
                        + ExitCodes.sentence(e));
                throw e;
            }
        }
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--month '" + text + "' is not a month yyyy-MM such as 2026-12");
        }
    }
}
