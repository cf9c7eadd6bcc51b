package com.posclearing.schedule.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import java.sql.Date;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads settlement_run to see whether D has been run already. Read-only: settlement owns the table. (SettlementService
 * has no query for it yet; see the schedule section of the README.)
 */
final class RunHistory {
    private final JdbcTemplate jdbc;

    RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record LatestRun(int runNo, RunStatus status) {
    }

    Optional<LatestRun> latest(BusinessDate date) {
        return jdbc.query("SELECT run_no, status FROM settlement_run WHERE business_date = ? ORDER BY run_no DESC",
                (rs, i) -> new LatestRun(rs.getInt(1), RunStatus.valueOf(rs.getString(2))), Date.valueOf(date.value())).stream().findFirst();
    }
}
