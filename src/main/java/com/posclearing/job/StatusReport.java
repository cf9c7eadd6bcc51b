package com.posclearing.job;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Yuan;
import com.posclearing.runs.ReportQueries;
import com.posclearing.runs.RunLock;
import com.posclearing.runs.RunRegistry;
import com.posclearing.transfer.DeliveryRecord;
import com.posclearing.transfer.batch.OutputDelivery;
import com.posclearing.transfer.mail.MailRecord;
import com.posclearing.transfer.mail.StatementMailer;
import com.posclearing.transfer.batch.TransferSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code status}: one line per recent date, or every run of one date with its steps, counts, outcome totals, durations,
 * and for a failure what to do.
 */
@Service
public class StatusReport {
    private final RunRegistry registry;
    private final JdbcTemplate jdbc;
    private final TransferSettings transfers;
    private final OutputDelivery delivery;
    private final ReportQueries queries;
    private final RunLock lock;
    private final StatementMailer mailer;

    StatusReport(RunRegistry registry, JdbcTemplate jdbc, TransferSettings transfers, OutputDelivery delivery,
            ReportQueries queries, StatementMailer mailer) {
        this.mailer = mailer;
        this.queries = queries;
        this.lock = new RunLock(jdbc);
        this.registry = registry;
        this.jdbc = jdbc;
        this.transfers = transfers;
        this.delivery = delivery;
    }

    /**
     * One line per business date, the last {@code dates} dates that have a run (oldest first): its latest run, status,
     * who, when, how long, its payouts and their delivery, and for a failure the sentence and the command that fixes it.
     */
    public List<String> recent(int dates) {
        List<String> out = new ArrayList<>(hostKeyWarnings());
        Map<BusinessDate, RunRegistry.Run> latest = new TreeMap<>();
        registry.all(Optional.empty()).forEach(r -> latest.put(r.date(), r));
        if (latest.isEmpty()) {
            out.add("no run yet");
            return out;
        }
        List<RunRegistry.Run> shown = new ArrayList<>(latest.values());
        int hidden = Math.max(0, shown.size() - dates);
        if (hidden > 0) {
            out.add(hidden + " earlier dates not shown (--days N shows more)");
        }
        for (RunRegistry.Run run : shown.subList(hidden, shown.size())) {
            out.add(run.date() + "  run " + run.runNo() + "  " + String.format("%-9s", run.status()) + "  by " + run.operator()
                    + ", started " + run.startedAt().withNano(0) + ", " + took(run) + payouts(run).map(p -> "; " + p).orElse(""));
            if (run.failure() != null) {
                out.add("            failed: " + run.failure() + "; to fix: " + fix(run));
            }
        }
        out.add("details of a date: ops/settle status --date yyyy-MM-dd");
        return out;
    }

    /** Every run of D in detail. */
    public List<String> lines(BusinessDate date) {
        List<String> out = new ArrayList<>(hostKeyWarnings());
        List<RunRegistry.Run> runs = registry.all(Optional.of(date));
        if (runs.isEmpty()) {
            out.add("no run of " + date + " yet");
            return out;
        }
        for (RunRegistry.Run run : runs) {
            out.add(run.date() + " run " + run.runNo() + ": " + run.status() + " (by " + run.operator() + ", started "
                    + run.startedAt().withNano(0) + ", " + took(run) + (run.reason() == null ? "" : ", reason: " + run.reason()) + ")");
            if (run.jobExecutionId() != null) {
                attempts(run.jobExecutionId(), out);
            }
            for (com.posclearing.kernel.Side side : com.posclearing.kernel.Side.values()) {
                queries.side(run.date(), run.runNo(), side).outcomes().forEach((outcome, total) -> out.add(String.format(
                        "  %-8s %-19s %6d  %14s", side.name().toLowerCase(java.util.Locale.ROOT), outcome, total.count(),
                        Yuan.format(total.amountFen()))));
            }
            payouts(run).ifPresent(p -> out.add("  " + p));
            if (run.failure() != null) {
                out.add("  failed: " + run.failure());
                out.add("  to fix: " + fix(run));
            }
        }
        rejectedFiles(date, out);
        deliveries(date, out);
        commands(date, out);
        return out;
    }

    private String took(RunRegistry.Run run) {
        if (run.finishedAt() != null) {
            return Duration.between(run.startedAt(), run.finishedAt()).toMillis() + " ms";
        }
        // the on-call engineer must tell a run in progress from one whose process died
        return lock.liveHolder(NightlySettlementJobConfig.JOB_NAME, run.date())
                .map(owner -> "running in " + owner)
                .orElse("stopped without finishing: ops/settle restart --date " + run.date());
    }

    private static String fix(RunRegistry.Run run) {
        return "correct the cause above, then: ops/settle restart --date " + run.date();
    }

    private Optional<String> payouts(RunRegistry.Run run) {
        return jdbc.query("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0), MAX(delivered_at) FROM payout WHERE business_date = ?"
                + " AND run_no = ?", rs -> {
                    rs.next();
                    return rs.getLong(1) == 0 ? Optional.<String>empty() : Optional.of("payouts " + rs.getLong(1) + " totalling "
                            + Yuan.format(rs.getLong(2)) + " yuan, " + (rs.getTimestamp(3) == null ? "not yet delivered to the bank"
                            : "delivered to the bank at " + rs.getTimestamp(3).toLocalDateTime().withNano(0)));
                }, java.sql.Date.valueOf(run.date().value()), run.runNo());
    }

    /**
     * Every attempt of a run (the first, then each restart), with its steps: a recovered kill shows as FAILED. Of a
     * partitioned step only the partitions that did not complete are listed (e.g. {@code reconcileBucket:bucket03}).
     */
    private void attempts(long jobExecutionId, List<String> out) {
        int[] attempt = {0};
        long[] current = {-1};
        jdbc.query("SELECT e.job_execution_id, e.status, s.step_name, s.status, s.read_count, s.write_count, s.start_time,"
                + " s.end_time FROM batch_job_execution e LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id"
                + " WHERE e.job_instance_id = (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?)"
                + " ORDER BY e.job_execution_id, s.step_execution_id", rs -> {
                    if (rs.getLong(1) != current[0]) {
                        current[0] = rs.getLong(1);
                        out.add("  attempt " + ++attempt[0] + " (job execution " + current[0] + "): " + rs.getString(2));
                    }
                    boolean completedPartition = rs.getString(3) != null && rs.getString(3).contains(":")
                            && "COMPLETED".equals(rs.getString(4));
                    if (rs.getString(3) != null && !completedPartition) {
                        long ms = rs.getTimestamp(8) == null ? -1
                                : Duration.between(rs.getTimestamp(7).toLocalDateTime(), rs.getTimestamp(8).toLocalDateTime()).toMillis();
                        out.add(String.format("    step %-10s %-9s read %7d  written %7d  %s", rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getLong(6), ms < 0 ? "-" : ms + " ms"));
                    }
                }, jobExecutionId);
    }

    /** The operator commands of the date, from the audit log. */
    private void commands(BusinessDate d, List<String> out) {
        jdbc.query("SELECT at_time, operator, command, reason, result FROM audit_log WHERE arguments LIKE ? ORDER BY audit_id",
                rs -> {
                    out.add("  " + rs.getTimestamp(1).toLocalDateTime().withNano(0) + " " + rs.getString(2) + ": " + rs.getString(3)
                            + (rs.getString(4) == null ? "" : " (" + rs.getString(4) + ")") + " -> " + rs.getString(5));
                }, "--date " + d + "%");
    }

    /** Files of the date rejected whole, each with its SHA-256 and reason, even when a corrected one was loaded since. */
    private void rejectedFiles(BusinessDate d, List<String> out) {
        jdbc.query("SELECT file_name, sha256, reason FROM input_file WHERE business_date = ? AND status = 'REJECTED'"
                + " ORDER BY file_id", rs -> {
                    out.add("  rejected " + rs.getString(1) + " (sha256 " + rs.getString(2) + "): " + rs.getString(3));
                }, java.sql.Date.valueOf(d.value()));
    }

    private void deliveries(BusinessDate d, List<String> out) {
        for (DeliveryRecord r : delivery.delivered(d)) {
            out.add(String.format("  delivered %-28s to %-40s at %s", r.fileName(), r.target(),
                    r.deliveredAt().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().withNano(0)));
        }
        for (MailRecord m : mailer.ofPeriod(d.toString())) {
            out.add("  e-mail " + m.party() + " run " + m.runNo() + " to " + m.recipient() + ": " + m.state()
                    + switch (m.state()) {
                        case SENT -> " at " + m.sentAt().orElseThrow().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime()
                                .withNano(0) + m.correctionOf().map(c -> " as a correction of <" + c + ">").orElse("");
                        case PENDING -> " after " + m.attempts() + " attempts: " + m.lastError().orElse("not tried yet");
                        case SUPERSEDED -> " (never sent: a later run changed the statement)";
                    } + " <" + m.messageId() + ">");
        }
    }

    /** Loud, first: any source or target connecting without host-key checking can be impersonated. */
    private List<String> hostKeyWarnings() {
        try {
            List<String> insecure = transfers.config().insecureHostKeys();
            return insecure.isEmpty() ? List.of() : List.of("WARNING: HOST-KEY CHECKING IS OFF (insecureHostKeys: true) for "
                    + String.join(", ", insecure) + " in " + transfers.origin()
                    + ": anyone on the path can pose as those servers; put their keys into known_hosts and remove the setting");
        } catch (RuntimeException e) {
            return List.of("WARNING: " + transfers.origin() + " cannot be read: " + e.getMessage());
        }
    }
}
