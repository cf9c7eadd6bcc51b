package com.posclearing.transfer.mail;

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
 * The {@code mail_delivery} and {@code mail_attachment} tables. Every write commits at once in a transaction of its own:
 * a PENDING row and its Message-ID are on disk before the SMTP server sees the message, and SENT as soon as it took it,
 * whatever the step around them does later.
 */
final class MailLog {
    private static final int MAX_ERROR = 1000;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    MailLog(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The mails of one party's statement of one period, oldest first. */
    List<MailRecord> of(String party, String period) {
        return jdbc.query("SELECT * FROM mail_delivery WHERE party = ? AND period = ? ORDER BY created_at, message_id", ROW,
                party, period);
    }

    /** Every mail of statements of {@code period}, by party, oldest first. */
    List<MailRecord> ofPeriod(String period) {
        return jdbc.query("SELECT * FROM mail_delivery WHERE period = ? ORDER BY party, created_at, message_id", ROW, period);
    }

    /** The merchants' statement mails still PENDING of dates before {@code date} ({@code yyyy-MM-dd}), oldest first. */
    List<MailRecord> merchantsPendingBefore(String date) {
        return jdbc.query("SELECT * FROM mail_delivery WHERE state = ? AND party LIKE 'merchant:%' AND period < ?"
                + " ORDER BY period, party, created_at, message_id", ROW, MailState.PENDING.name(), date);
    }

    void insertPending(MailRecord r, List<MailContent.Attachment> attachments) {
        own.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO mail_delivery (message_id, party, period, run_no, recipient, subject, content_sha256,"
                    + " correction_of, state, attempts, created_at) VALUES (?,?,?,?,?,?,?,?,?,0,?)", r.messageId(), r.party(),
                    r.period(), r.runNo(), r.recipient(), r.subject(), r.contentSha256(), r.correctionOf().orElse(null),
                    MailState.PENDING.name(), Timestamp.from(r.createdAt()));
            for (MailContent.Attachment a : attachments) {
                jdbc.update("INSERT INTO mail_attachment (message_id, file_name, sha256, size_bytes) VALUES (?,?,?,?)",
                        r.messageId(), a.fileName(), a.sha256(), a.bytes().length);
            }
        });
    }

    /** Counted before the message goes on the wire: attempts above 0 on a PENDING row mean "may have reached the server". */
    void attempt(String messageId) {
        own.executeWithoutResult(s -> jdbc.update("UPDATE mail_delivery SET attempts = attempts + 1 WHERE message_id = ?",
                messageId));
    }

    void stillPending(String messageId, String reason) {
        String text = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        own.executeWithoutResult(s -> jdbc.update("UPDATE mail_delivery SET last_error = ? WHERE message_id = ?", text,
                messageId));
    }

    void sent(String messageId, Instant at) {
        own.executeWithoutResult(s -> jdbc.update("UPDATE mail_delivery SET state = ?, sent_at = ?, last_error = NULL"
                + " WHERE message_id = ?", MailState.SENT.name(), Timestamp.from(at), messageId));
    }

    void supersede(String messageId) {
        own.executeWithoutResult(s -> jdbc.update("UPDATE mail_delivery SET state = ? WHERE message_id = ? AND state = ?",
                MailState.SUPERSEDED.name(), messageId, MailState.PENDING.name()));
    }

    private static final RowMapper<MailRecord> ROW = (rs, i) -> new MailRecord(rs.getString("message_id"),
            rs.getString("party"), rs.getString("period"), rs.getInt("run_no"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("content_sha256").trim(), Optional.ofNullable(rs.getString("correction_of")),
            MailState.valueOf(rs.getString("state")), rs.getInt("attempts"), Optional.ofNullable(rs.getString("last_error")),
            rs.getTimestamp("created_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant));
}
