package com.posclearing.console.internal;

import com.posclearing.kernel.RunStatus;
import com.posclearing.runs.RunRegistry;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code lastRun}: the latest run of the latest business date. DOWN when it failed
 * (the night needs a restart), UP otherwise, with the date, run, status and when it finished.
 */
@Component("lastRun")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LastRunHealth implements HealthIndicator {
    private final RunRegistry registry;

    LastRunHealth(RunRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        Optional<RunRegistry.Run> last = registry.all(Optional.empty()).stream()
                .max(Comparator.comparing(RunRegistry.Run::date).thenComparing(RunRegistry.Run::runNo));
        if (last.isEmpty()) {
            return Health.up().withDetail("run", "none yet").build();
        }
        RunRegistry.Run r = last.get();
        Health.Builder h = r.status() == RunStatus.FAILED ? Health.down() : Health.up();
        h.withDetail("businessDate", r.date().toString()).withDetail("run", r.runNo()).withDetail("status", r.status().name());
        if (r.finishedAt() != null) {
            h.withDetail("finishedAt", r.finishedAt().toString());
        }
        if (r.failure() != null) {
            h.withDetail("failure", r.failure());
        }
        return h.build();
    }
}
