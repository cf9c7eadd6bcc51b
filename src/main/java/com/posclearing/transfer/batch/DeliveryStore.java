package com.posclearing.transfer.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.db.SqlDates;
import com.posclearing.transfer.DeliveryLog;
import com.posclearing.transfer.DeliveryRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code delivery} table as the transfer package's {@link DeliveryLog}, for the outputs of one business date.
 * Writes commit at once in a transaction of their own: a file the receiver already has stays recorded even when
 * the step that sent it fails later, so a restart never sends the same bytes twice.
 */
public final class DeliveryStore implements DeliveryLog {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final BusinessDate date;

    public DeliveryStore(JdbcTemplate jdbc, PlatformTransactionManager tm, BusinessDate date) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.date = date;
    }

    @Override
    public Optional<DeliveryRecord> lookup(String fileName, String target) {
        return jdbc.query("SELECT * FROM delivery WHERE file_name = ? AND target = ?", ROW, fileName, target).stream().findFirst();
    }

    @Override
    public void record(DeliveryRecord d) {
        own.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM delivery WHERE file_name = ? AND target = ?", d.fileName(), d.target());
            jdbc.update("INSERT INTO delivery (file_name, target, sha256, business_date, delivered_at, size_bytes, remote_path)"
                    + " VALUES (?,?,?,?,?,?,?)", d.fileName(), d.target(), d.sha256(), SqlDates.date(date.value()),
                    Timestamp.from(d.deliveredAt()), d.sizeBytes(), d.remotePath());
        });
    }

    /** Freezes D's payouts (SPEC 3.3): from now on no run may change them. Returns how many were marked. */
    public int markPayoutsDelivered(Instant at) {
        Integer n = own.execute(status -> jdbc.update("UPDATE payout SET delivered_at = ? WHERE business_date = ?"
                + " AND delivered_at IS NULL", Timestamp.from(at), SqlDates.date(date.value())));
        return n == null ? 0 : n;
    }

    /** Deliveries of D, oldest first. */
    public List<DeliveryRecord> ofDate() {
        return jdbc.query("SELECT * FROM delivery WHERE business_date = ? ORDER BY delivered_at, file_name, target", ROW,
                SqlDates.date(date.value()));
    }

    private static final RowMapper<DeliveryRecord> ROW = (rs, i) -> new DeliveryRecord(rs.getString("file_name"),
            rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("target"), rs.getString("remote_path"),
            rs.getTimestamp("delivered_at").toInstant());
}
