package com.posclearing.transfer.mail;

import java.time.Instant;
import java.util.Optional;

/** One row of the {@code mail_delivery} table: a statement mail and what became of it. */
public record MailRecord(String messageId, String party, String period, int runNo, String recipient, String subject,
                         String contentSha256, Optional<String> correctionOf, MailState state, int attempts,
                         Optional<String> lastError, Instant createdAt, Optional<Instant> sentAt) {
}
