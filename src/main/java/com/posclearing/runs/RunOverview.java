package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import com.posclearing.report.DailyOutcomes;
import com.posclearing.report.SettlementSummary;
import com.posclearing.support.db.SqlDates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The runs as the operators' console and the metrics read them: steps with counts and durations, input files with the
 * reason of a quarantined one, the money of a run, and one point per date for the trend chart. Reads only.
 */
@Component
public class RunOverview {
    private final JdbcTemplate jdbc;
    private final ReportQueries queries;
    private final RunRegistry registry;

    RunOverview(JdbcTemplate jdbc, ReportQueries queries, RunRegistry registry) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.registry = registry;
    }

    /** One step of a run's latest attempt; {@code durationMillis} is -1 while it runs. */
    public record Step(String name, String status, long readCount, long writeCount, long durationMillis) {
        /** Records per second: read, or written by a tasklet that reads none; 0 while it runs. */
        public long recordsPerSecond() {
            return durationMillis <= 0 ? 0 : Math.max(readCount, writeCount) * 1000 / durationMillis;
        }
    }

    /** One input file of a date; {@code reason} says why a quarantined (REJECTED) one was refused. */
    public record InputFile(String name, String side, String layout, long records, long amountFen, String status, String reason) {
    }

    /** A date of the chart: its latest completed run's outcomes and payouts. */
    public record TrendPoint(DailyOutcomes outcomes, long payoutCount, long payoutTotalFen) {
    }

    /**
     * The steps of a run as its last attempt left them (a restart's completed steps from the attempt that ran them), in
     * the job's order; the partitions of the reconcile step are summed into it.
     */
    public List<Step> steps(long jobExecutionId) {
        Map<String, Step> byName = new LinkedHashMap<>();
        jdbc.query("SELECT s.step_name, s.status, s.read_count, s.write_count, s.start_time, s.end_time"
                + " FROM batch_step_execution s JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id"
                + " WHERE e.job_instance_id = (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?)"
                + " AND s.step_name NOT LIKE '%:%' ORDER BY s.step_execution_id", (RowCallbackHandler) rs -> {
                    long ms = rs.getTimestamp(6) == null ? -1 : Duration.between(rs.getTimestamp(5).toLocalDateTime(),
                            rs.getTimestamp(6).toLocalDateTime()).toMillis();
                    byName.remove(rs.getString(1));
                    byName.put(rs.getString(1), new Step(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), ms));
                }, jobExecutionId);
        return List.copyOf(byName.values());
    }

    public List<InputFile> files(BusinessDate d) {
        return jdbc.query("SELECT file_name, side, layout, records, amount_fen, status, reason FROM input_file"
                + " WHERE business_date = ? ORDER BY side DESC, file_name, file_id", (rs, i) -> new InputFile(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7)),
                SqlDates.date(d.value()));
    }

    public SettlementSummary settlement(BusinessDate d, int runNo) {
        return queries.settlement(d, runNo);
    }

    /** The last {@code dates} dates with a completed run, oldest first. */
    public List<TrendPoint> trend(int dates) {
        Optional<RunRegistry.Run> last = registry.all(Optional.empty()).stream()
                .filter(r -> r.status() == RunStatus.COMPLETED).reduce((a, b) -> a.date().compareTo(b.date()) >= 0 ? a : b);
        if (last.isEmpty()) {
            return List.of();
        }
        List<TrendPoint> points = new ArrayList<>();
        for (DailyOutcomes o : queries.trend(last.get().date(), lastCompletedRun(last.get().date()), dates)) {
            SettlementSummary money = queries.settlement(o.date(), lastCompletedRun(o.date()));
            points.add(new TrendPoint(o, money.payouts().count(), money.payouts().totalFen()));
        }
        return points;
    }

    private int lastCompletedRun(BusinessDate d) {
        return registry.all(Optional.of(d)).stream().filter(r -> r.status() == RunStatus.COMPLETED)
                .mapToInt(RunRegistry.Run::runNo).max().orElseThrow();
    }
}
