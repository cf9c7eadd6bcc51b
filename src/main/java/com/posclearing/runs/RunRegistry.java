package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import com.posclearing.support.db.SqlDates;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The runs of each business date: run 1 is the night's, run N+1 a rerun; who, when, why and how it ended. */
@Component
public final class RunRegistry {
    private final JdbcTemplate jdbc;

    public RunRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(BusinessDate date, int runNo, Long jobExecutionId, RunStatus status, String operator, String reason,
            String failure, LocalDateTime startedAt, LocalDateTime finishedAt) {
    }

    public Optional<Run> latest(BusinessDate date) {
        return jdbc.query("SELECT * FROM settlement_run WHERE business_date = ? ORDER BY run_no DESC", ROW,
                SqlDates.date(date.value())).stream().findFirst();
    }

    /** The last completed run of the latest date before D: where pending items and balances come from. */
    public Optional<Run> lastCompletedBefore(BusinessDate date) {
        return jdbc.query("SELECT * FROM settlement_run WHERE business_date < ? AND status = ?"
                + " ORDER BY business_date DESC, run_no DESC", ROW, SqlDates.date(date.value()), RunStatus.COMPLETED.name()).stream().findFirst();
    }

    /** The last completed run of each date from {@code from} up to but not including {@code before}, in date order. */
    public List<Run> lastCompletedBetween(BusinessDate from, BusinessDate before) {
        List<Run> completed = jdbc.query("SELECT * FROM settlement_run WHERE business_date >= ? AND business_date < ?"
                + " AND status = ? ORDER BY business_date, run_no DESC", ROW, SqlDates.date(from.value()),
                SqlDates.date(before.value()), RunStatus.COMPLETED.name());
        List<Run> last = new ArrayList<>();
        for (Run run : completed) {
            if (last.isEmpty() || !last.get(last.size() - 1).date().equals(run.date())) {
                last.add(run);
            }
        }
        return last;
    }

    /** The first business date this installation ran, if any. */
    public Optional<BusinessDate> firstDate() {
        return jdbc.query("SELECT MIN(business_date) AS business_date FROM settlement_run", (rs, i) -> rs.getDate(1) == null ? null
                : new BusinessDate(SqlDates.localDate(rs, "business_date"))).stream().filter(d -> d != null).findFirst();
    }

    public List<Run> all(Optional<BusinessDate> date) {
        if (date.isPresent()) {
            return jdbc.query("SELECT * FROM settlement_run WHERE business_date = ? ORDER BY run_no", ROW,
                    SqlDates.date(date.get().value()));
        }
        return jdbc.query("SELECT * FROM settlement_run ORDER BY business_date, run_no", ROW);
    }

    public void start(BusinessDate date, int runNo, String operator, String reason) {
        jdbc.update("INSERT INTO settlement_run (business_date, run_no, status, operator, reason, started_at) VALUES (?,?,?,?,?,?)",
                SqlDates.date(date.value()), runNo, RunStatus.STARTED.name(), operator, reason, Timestamp.valueOf(LocalDateTime.now()));
    }

    /** A restart: the run is going again, by whom. */
    public void reopen(BusinessDate date, int runNo) {
        jdbc.update("UPDATE settlement_run SET status = ?, failure = NULL, finished_at = NULL WHERE business_date = ? AND run_no = ?",
                RunStatus.STARTED.name(), SqlDates.date(date.value()), runNo);
    }

    public void attach(BusinessDate date, int runNo, long jobExecutionId) {
        jdbc.update("UPDATE settlement_run SET job_execution_id = ? WHERE business_date = ? AND run_no = ?",
                jobExecutionId, SqlDates.date(date.value()), runNo);
    }

    /** A run found completed in the job repository after the fact: its execution and when that ended. */
    public void completed(BusinessDate date, int runNo, long jobExecutionId, LocalDateTime endedAt) {
        jdbc.update("UPDATE settlement_run SET status = ?, failure = NULL, job_execution_id = ?, finished_at = ?"
                + " WHERE business_date = ? AND run_no = ?", RunStatus.COMPLETED.name(), jobExecutionId, Timestamp.valueOf(endedAt),
                SqlDates.date(date.value()), runNo);
    }

    public void finish(BusinessDate date, int runNo, RunStatus status, String failure) {
        jdbc.update("UPDATE settlement_run SET status = ?, failure = ?, finished_at = ? WHERE business_date = ? AND run_no = ?",
                status.name(), failure == null ? null : truncate(failure), Timestamp.valueOf(LocalDateTime.now()),
                SqlDates.date(date.value()), runNo);
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    private static final RowMapper<Run> ROW = (rs, i) -> new Run(new BusinessDate(SqlDates.localDate(rs, "business_date")),
            rs.getInt("run_no"), rs.getObject("job_execution_id", Long.class), RunStatus.valueOf(rs.getString("status")),
            rs.getString("operator"), rs.getString("reason"), rs.getString("failure"),
            rs.getTimestamp("started_at").toLocalDateTime(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime());
}
