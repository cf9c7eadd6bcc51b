package com.posclearing.retention.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import com.posclearing.resolution.BreakState;
import com.posclearing.retention.RetentionKind;
import com.posclearing.support.db.SqlDates;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQL of the purge: which dates are finished and which still need their record rows, and the removal itself. */
final class PurgeStore {
    /** D's record rows, each table by its own date index (or the input file's key, for the small ones). */
    private static final List<String> RECORD_DELETES = List.of(
            "DELETE FROM recon_settled WHERE business_date = ?",
            "DELETE FROM recon_open WHERE business_date = ?",
            "DELETE FROM merchant_tally WHERE business_date = ?",
            "DELETE FROM outcome_tally WHERE business_date = ?",
            "DELETE FROM rejected_line WHERE file_id IN (SELECT file_id FROM input_file WHERE business_date = ?)",
            "DELETE FROM terminal_batch WHERE file_id IN (SELECT file_id FROM input_file WHERE business_date = ?)");
    private static final String LIVE_BREAKS = BreakState.sqlList(BreakState::isLive);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    PurgeStore(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(tm);
    }

    Optional<RunStatus> latestStatus(BusinessDate d) {
        return jdbc.queryForList("SELECT status FROM settlement_run WHERE business_date = ? ORDER BY run_no DESC", String.class,
                SqlDates.date(d.value())).stream().findFirst().map(RunStatus::valueOf);
    }

    Optional<BusinessDate> latestCompletedDate() {
        return jdbc.queryForList("SELECT MAX(business_date) FROM settlement_run WHERE status = ?", java.sql.Date.class,
                RunStatus.COMPLETED.name()).stream().filter(d -> d != null).findFirst().map(d -> new BusinessDate(d.toLocalDate()));
    }

    /** Dates up to {@code last} that loaded files and whose record rows have not been purged yet. */
    List<BusinessDate> recordDates(BusinessDate last) {
        return jdbc.queryForList("SELECT DISTINCT business_date FROM input_file WHERE business_date <= ? AND business_date NOT IN"
                + " (SELECT business_date FROM retention_purge WHERE kind = ?) ORDER BY business_date", java.sql.Date.class,
                SqlDates.date(last.value()), RetentionKind.RECORDS.key()).stream().map(d -> new BusinessDate(d.toLocalDate())).toList();
    }

    /** Later dates whose outcomes name D's records: pending items carried on, matched late or timed out there. */
    List<BusinessDate> datesNaming(BusinessDate d) {
        return jdbc.queryForList("SELECT DISTINCT business_date FROM recon_outcome WHERE origin_date = ? AND business_date > ?"
                + " ORDER BY business_date", java.sql.Date.class, SqlDates.date(d.value()), SqlDates.date(d.value()))
                .stream().map(x -> new BusinessDate(x.toLocalDate())).toList();
    }

    long liveBreaks(BusinessDate d) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM break_record WHERE business_date = ? AND state IN " + LIVE_BREAKS,
                Long.class, SqlDates.date(d.value()));
    }

    long undeliveredPayouts(BusinessDate d) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payout WHERE business_date = ? AND delivered_at IS NULL", Long.class,
                SqlDates.date(d.value()));
    }

    long recordRows(BusinessDate d) {
        long rows = 0;
        for (String delete : RECORD_DELETES) {
            rows += jdbc.queryForObject(delete.replace("DELETE FROM", "SELECT COUNT(*) FROM"), Long.class, SqlDates.date(d.value()));
        }
        return rows;
    }

    /** Removes D's record rows and marks them purged, in one transaction: a rerun sees either all of them or the mark. */
    long removeRecords(BusinessDate d, LocalDate asOf, String operator) {
        return tx.execute(status -> {
            long rows = 0;
            for (String delete : RECORD_DELETES) {
                rows += jdbc.update(delete, SqlDates.date(d.value()));
            }
            mark(RetentionKind.RECORDS, d, rows, asOf, operator);
            return rows;
        });
    }

    void mark(RetentionKind kind, BusinessDate d, long items, LocalDate asOf, String operator) {
        jdbc.update("DELETE FROM retention_purge WHERE kind = ? AND business_date = ?", kind.key(), SqlDates.date(d.value()));
        jdbc.update("INSERT INTO retention_purge (kind, business_date, items, as_of, purged_at, operator) VALUES (?,?,?,?,?,?)",
                kind.key(), SqlDates.date(d.value()), items, SqlDates.date(asOf), Timestamp.valueOf(LocalDateTime.now()), operator);
    }
}
