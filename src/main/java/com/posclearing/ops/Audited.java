package com.posclearing.ops;

import com.posclearing.job.RunOutcome;
import com.posclearing.support.AuditLog;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs an operator command that changes something and records it in the audit log when it starts and when it ends. */
final class Audited {
    private Audited() {
    }

    static int run(ConfigurableApplicationContext ctx, CommonOptions common, String command, String arguments, String reason,
            Supplier<RunOutcome> work) {
        AuditLog audit = ctx.getBean(AuditLog.class);
        // a row before and a row after: a command killed half-way is on record too
        audit.record(common.operator(), command, arguments, reason, "started");
        try {
            RunOutcome outcome = work.get();
            int code = Outcomes.report(outcome, System.out, System.err);
            audit.record(common.operator(), command, arguments, reason, "exit " + code + ": run " + outcome.runNo() + " "
                    + outcome.status() + (outcome.failure() == null ? "" : ": " + ExitCodes.sentence(outcome.failure())));
            return code;
        } catch (RuntimeException e) {
            audit.record(common.operator(), command, arguments, reason, "exit " + ExitCodes.of(e) + ": " + ExitCodes.sentence(e));
            throw e;
        }
    }
}
