package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.db.SqlDates;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A date never runs twice at once: one row per (job, business date) in run_lock, taken by the schedule and operator
 * commands alike. A lock left by a killed process on this host is taken over; one held elsewhere is refused. A run of
 * D also holds D-1's row (SettlementService), so each row says which date's run holds it.
 */
public final class RunLock {
    /** The job whose rows guard a business date: the nightly settlement's, taken by retention's purge too. */
    public static final String SETTLEMENT_JOB = "nightly-settlement";
    private final JdbcTemplate jdbc;
    private final String owner;

    public RunLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.owner = host() + ":" + ProcessHandle.current().pid() + ":" + ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Who holds a lock: the process (HOST:PID:START) and the date it runs (null for a row older than V10). */
    public record Holder(String owner, BusinessDate runningDate) {
    }

    /** Takes the lock of {@code date} for the run of {@code runningDate}, or says who holds it. */
    public Optional<Holder> tryAcquire(String job, BusinessDate date, BusinessDate runningDate) {
        try {
            jdbc.update("INSERT INTO run_lock (job_name, business_date, owner, acquired_at, running_date) VALUES (?,?,?,?,?)",
                    job, SqlDates.date(date.value()), owner, Timestamp.valueOf(LocalDateTime.now()), SqlDates.date(runningDate.value()));
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            List<Holder> holders = jdbc.query("SELECT owner, running_date FROM run_lock WHERE job_name = ? AND business_date = ?",
                    (rs, i) -> new Holder(rs.getString("owner"), rs.getDate("running_date") == null ? null
                            : new BusinessDate(SqlDates.localDate(rs, "running_date"))), job, SqlDates.date(date.value()));
            if (holders.isEmpty()) {
                return tryAcquire(job, date, runningDate);
            }
            Holder holder = holders.get(0);
            if (deadOnThisHost(holder.owner())) {
                int taken = jdbc.update("UPDATE run_lock SET owner = ?, acquired_at = ?, running_date = ? WHERE job_name = ?"
                        + " AND business_date = ? AND owner = ?", owner, Timestamp.valueOf(LocalDateTime.now()),
                        SqlDates.date(runningDate.value()), job, SqlDates.date(date.value()), holder.owner());
                return taken == 1 ? Optional.empty() : Optional.of(holder);
            }
            return Optional.of(holder);
        }
    }

    /** The live process (HOST:PID:START) holding {@code date}, if any; a holder killed on this host holds nothing. */
    public Optional<String> liveHolder(String job, BusinessDate date) {
        return jdbc.queryForList("SELECT owner FROM run_lock WHERE job_name = ? AND business_date = ?", String.class, job,
                SqlDates.date(date.value())).stream().filter(o -> !deadOnThisHost(o)).findFirst();
    }

    public void release(String job, BusinessDate date) {
        jdbc.update("DELETE FROM run_lock WHERE job_name = ? AND business_date = ? AND owner = ?", job,
                SqlDates.date(date.value()), owner);
    }

    private static boolean deadOnThisHost(String holder) {
        String[] parts = holder.split(":");
        if (parts.length != 3 || !parts[0].equals(host())) {
            return false;
        }
        long pid = Long.parseLong(parts[1]);
        return ProcessHandle.of(pid).map(p -> !p.isAlive()
                || p.info().startInstant().map(i -> Math.abs(i.toEpochMilli() - Long.parseLong(parts[2])) > 2_000).orElse(false))
                .orElse(true);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
