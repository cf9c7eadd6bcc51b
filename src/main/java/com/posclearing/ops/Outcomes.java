package com.posclearing.ops;

import com.posclearing.job.RunOutcome;
import java.io.PrintStream;

/** What a person reads when a run ends, and the exit code. */
final class Outcomes {
    private Outcomes() {
    }

    static int report(RunOutcome outcome, PrintStream out, PrintStream err) {
        if (outcome.completed()) {
            out.println(outcome.date() + " run " + outcome.runNo() + " completed: outputs in " + outcome.outDir());
            return ExitCodes.OK;
        }
        err.println("settle: run " + outcome.runNo() + " of " + outcome.date() + " failed: " + ExitCodes.sentence(outcome.failure()));
        return ExitCodes.of(outcome.failure());
    }
}
