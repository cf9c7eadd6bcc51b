package com.posclearing.retention.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.retention.RetentionKind;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.db.SqlDates;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses a rerun that would settle without purged data: D's own inputs or record rows, or the record rows of a date in
 * D's duplicate look-back (or carry window), which the rerun reads. Without this a rerun would quietly write other figures.
 */
@Component
public class PurgedDates {
    private final JdbcTemplate jdbc;
    private final ClearingProperties props;

    PurgedDates(JdbcTemplate jdbc, ClearingProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    /** Throws one sentence naming what was purged and when; checked under D's run lock. */
    public void checkRerunnable(BusinessDate d) {
        record Purged(String kind, BusinessDate date, String at) {
        }
        int windowDays = Math.max(props.duplicateLookbackDays(), props.carryWindowDays());
        List<Purged> purged = jdbc.query("SELECT kind, business_date, purged_at FROM retention_purge WHERE (business_date = ?"
                + " AND kind IN (?, ?)) OR (kind = ? AND business_date >= ? AND business_date < ?) ORDER BY business_date DESC",
                (rs, i) -> new Purged(rs.getString(1), new BusinessDate(SqlDates.localDate(rs, "business_date")),
                        rs.getTimestamp(3).toLocalDateTime().toLocalDate().toString()),
                SqlDates.date(d.value()), RetentionKind.INPUTS.key(), RetentionKind.RECORDS.key(), RetentionKind.RECORDS.key(),
                SqlDates.date(d.value().minusDays(windowDays)), SqlDates.date(d.value()));
        if (purged.isEmpty()) {
            return;
        }
        Purged p = purged.get(0);
        String what = p.date().equals(d) ? "its " + (RetentionKind.INPUTS.key().equals(p.kind()) ? "archived inputs were"
                : "record rows were") : "the record rows of " + p.date() + ", within its " + windowDays + "-day duplicate look-back, were";
        throw new IllegalStateException(d + " cannot be rerun: " + what + " purged by retention on " + p.at()
                + " (retention.yaml), and a rerun without them would write other figures; its payout file stays in "
                + props.outDir().resolve(d.compact()).resolve("payouts"));
    }
}
