package com.posclearing.transfer.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /**
     * The sentence for mails that failed every attempt, e.g. {@code the e-mail of 2 statements of D failed after every
     * attempt (…); they stay pending, nothing was lost: correct the cause, then {@code retry}}.
     *
     * @param what  what was mailed, e.g. {@code statements of 2026-12-30}
     * @param retry the command that sends them, as the end of the sentence
     */
    public static String failedSentence(List<MailResult> failed, String what, String retry) {
        return "the e-mail of " + failed.size() + " " + what + " failed after every attempt (" + failed.stream()
                .map(r -> r.mail().party() + " to " + r.mail().address()).collect(Collectors.joining(", "))
                + "; last error: " + failed.get(failed.size() - 1).error().orElseThrow()
                + "); they stay pending, nothing was lost: correct the cause, then " + retry;
    }
}
