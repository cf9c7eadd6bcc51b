package com.posclearing.console.internal;

import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.AuditLog;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Reruns and restarts asked for on the actions page, one at a time on a thread of their own so the page can show
 * progress; audited when they start and when they end, like {@code ops/settle rerun} and {@code restart}. Two at once
 * are refused by the run lock of the service, not here.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunActions implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(RunActions.class);
    private final SettlementService settlement;
    private final AuditLog audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-run"));
    private volatile String last = "";

    RunActions(SettlementService settlement, AuditLog audit) {
        this.settlement = settlement;
        this.audit = audit;
    }

    void rerun(BusinessDate d, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rerun needs a reason: say why " + d + " is run again");
        }
        submit(user, "rerun", d, reason, () -> settlement.rerun(d, reason, user));
    }

    void restart(BusinessDate d, String user) {
        submit(user, "restart", d, null, () -> settlement.restart(d, user, Optional.empty()));
    }

    /** The sentence of the last action that ended, empty before the first. */
    String last() {
        return last;
    }

    private void submit(String user, String command, BusinessDate d, String reason, Supplier<RunOutcome> work) {
        audit.record(user, command, "--date " + d, reason, "console: started");
        worker.submit(() -> {
            String result;
            try {
                RunOutcome o = work.get();
                result = "run " + o.runNo() + " of " + d + " " + o.status()
                        + (o.failure() == null ? "" : ": " + o.failure().getMessage());
            } catch (RuntimeException e) {
                LOG.warn("console {} of {} by {} failed: {}", command, d, user, e.getMessage());
                result = command + " of " + d + " refused: " + e.getMessage();
            }
            audit.record(user, command, "--date " + d, reason, "console: " + result);
            last = user + ": " + result;
        });
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
