package com.posclearing.transfer.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one {@link StatementMail}.
 *
 * @param messageId    the Message-ID the statement has (or had, when sent before), without angle brackets
 * @param correctionOf the message this one corrects, when a rerun changed a statement already mailed
 * @param error        why it is still pending ({@link MailState#PENDING} only)
 */
public record MailResult(StatementMail mail, String messageId, MailState state, boolean sentNow,
                         Optional<String> correctionOf, Optional<String> error) {

    public MailResult {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(correctionOf, "correctionOf");
        Objects.requireNonNull(error, "error");
    }

    public boolean pending() {
        return state == MailState.PENDING;
    }

    /** Pending because every attempt failed (not merely because no SMTP server is configured). */
    public boolean failed() {
        return pending() && error.filter(e -> !e.equals(StatementMailer.NOT_CONFIGURED)).isPresent();
    }
}
