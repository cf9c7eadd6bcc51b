package com.posclearing.job;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import java.nio.file.Path;

/**
 * How a run of business date D ended.
 *
 * @param failure the first failure of the run, null when it completed
 */
public record RunOutcome(BusinessDate date, int runNo, RunStatus status, Path outDir, Throwable failure) {
    public boolean completed() {
        return failure == null && status.settled();
    }
}
