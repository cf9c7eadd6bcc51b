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
        record Purged(String kind, BusinessDate date, BusinessDate asOf) {
        }
        int windowDays = Math.max(props.duplicateLookbackDays(), props.carryWindowDays());
        List<Purged> purged = jdbc.query("SELECT kind, business_date, as_of FROM retention_purge WHERE (business_date = ?"
                + " AND kind IN (?, ?)) OR (kind = ? AND business_date >= ? AND business_date < ?) ORDER BY business_date DESC",
                (rs, i) -> new Purged(rs.getString(1), new BusinessDate(SqlDates.localDate(rs, "business_date")),
                        new BusinessDate(SqlDates.localDate(rs, "as_of"))),
                SqlDates.date(d.value()), RetentionKind.INPUTS.key(), RetentionKind.RECORDS.key(), RetentionKind.RECORDS.key(),
                SqlDates.date(d.value().minusDays(windowDays)), SqlDates.date(d.value()));
        if (purged.isEmpty()) {
            return;
        }
        Purged p = purged.get(0);
        List<String> own = purged.stream().filter(x -> x.date().equals(d))
                .map(x -> RetentionKind.INPUTS.key().equals(x.kind()) ? "archived inputs" : "record rows").sorted().toList();
        String what = own.isEmpty() ? "the record rows of " + p.date() + ", within its " + windowDays
                + "-day duplicate look-back, were" : "its " + String.join(" and ", own) + " were";
        throw new IllegalStateException(d + " cannot be rerun: " + what + " purged by retention as of " + p.asOf()
                + " (retention.yaml), and a rerun without them would write other figures; its payout file stays in "
                + props.outDir().resolve(d.compact()).resolve("payouts"));
    }
}
