package com.posclearing.transfer.mail;

import com.posclearing.refdata.RefData;
import com.posclearing.transfer.TransferConfig;
import com.posclearing.transfer.internal.Sleeper;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Mails statements (SPEC 3.5) through the SMTP server of {@code deliveries.email} in {@code sources.yaml}; the merchants'
 * daily statements and the agents' monthly ones alike. Never sends the same files twice to a party for a period:
 * <ol>
 * <li>the last mail SENT for the party and period has the same attachments (SHA-256): nothing is sent;</li>
 * <li>a PENDING mail of the same attachments exists (an earlier attempt failed, or the process died): it is sent again
 * under its recorded Message-ID; PENDING mails of other attachments become SUPERSEDED, never sent;</li>
 * <li>otherwise a PENDING row with a new Message-ID is committed first, marked as a correction (更正) of the last
 * SENT mail when there is one;</li>
 * <li>each attempt is counted before the message goes out and the row becomes SENT once the server accepted it;
 * failures are retried with the server's backoff, and what still fails stays PENDING with its error.</li>
 * </ol>
 * No SMTP server configured (or the built-in placeholder host): every mail stays PENDING, with a WARN.
 * See docs/mail.md for the remaining window in which a message can reach a mailbox twice.
 */
@Service
public class StatementMailer {
    private static final Logger LOG = LoggerFactory.getLogger(StatementMailer.class);
    static final String NOT_CONFIGURED = "no SMTP server is configured (deliveries.email in sources.yaml)";
    private final MailLog log;
    private final Supplier<Optional<MailServer>> servers;
    private final UnaryOperator<String> env;
    private final Clock clock;
    private final Sleeper sleeper;

    @Autowired
    StatementMailer(JdbcTemplate jdbc, PlatformTransactionManager tm, RefData refData, ObjectProvider<Clock> clock) {
        this(new MailLog(jdbc, tm), () -> TransferConfig.load(refData.files()).email(), System::getenv,
                clock.getIfAvailable(Clock::systemUTC), Sleeper.REAL);
    }

    StatementMailer(MailLog log, Supplier<Optional<MailServer>> servers, UnaryOperator<String> env, Clock clock,
                    Sleeper sleeper) {
        this.log = log;
        this.servers = servers;
        this.env = env;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Mails each statement unless it was mailed before; one result per mail, in order. */
    public List<MailResult> send(List<StatementMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        Optional<MailServer> server = server();
        if (server.isEmpty()) {
            LOG.warn("{}: {} statement mails stay PENDING, nothing is lost; configure it and the next night (or a rerun of"
                    + " the date) sends them (ops/settle status --date D lists them)", NOT_CONFIGURED, mails.size());
        }
        Optional<JavaMailSenderImpl> sender = server.map(s -> SmtpSender.of(s, env));
        return mails.stream().map(m -> sendOne(m, server, sender)).toList();
    }

    /** True when an SMTP server is configured (not the built-in placeholder host). */
    public boolean configured() {
        return server().isPresent();
    }

    private Optional<MailServer> server() {
        return servers.get().filter(s -> !s.host().toLowerCase(Locale.ROOT).endsWith(".invalid"));
    }

    /** Every statement mail of a period ({@code yyyy-MM-dd} or {@code yyyy-MM}), by party, oldest first. */
    public List<MailRecord> ofPeriod(String period) {
        return log.ofPeriod(period);
    }

    /**
     * The merchants' statement mails of dates before {@code date} that are still PENDING (no server then, or every
     * attempt failed), one per party and date: a later night sends them again under their Message-IDs.
     */
    public List<MailRecord> merchantsPendingBefore(String date) {
        return log.merchantsPendingBefore(date).stream()
                .collect(Collectors.toMap(r -> r.party() + "/" + r.period(), r -> r, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    private MailResult sendOne(StatementMail mail, Optional<MailServer> server, Optional<JavaMailSenderImpl> sender) {
        MailContent content = MailContent.read(mail);
        List<MailRecord> earlier = log.of(mail.party(), mail.period());
        Optional<MailRecord> lastSent = earlier.stream().filter(r -> r.state() == MailState.SENT).reduce((a, b) -> b);
        if (lastSent.isPresent() && lastSent.get().contentSha256().equals(content.sha256())) {
            LOG.info("statement {} of {} was mailed to {} at {} with the same files (Message-ID {}): not sent again",
                    mail.period(), mail.party(), lastSent.get().recipient(), lastSent.get().sentAt().orElseThrow(),
                    lastSent.get().messageId());
            return new MailResult(mail, lastSent.get().messageId(), MailState.SENT, false, lastSent.get().correctionOf(),
                    Optional.empty());
        }
        Optional<MailRecord> resumed = earlier.stream()
                .filter(r -> r.state() == MailState.PENDING && r.contentSha256().equals(content.sha256())).findFirst();
        earlier.stream().filter(r -> r.state() == MailState.PENDING && !r.contentSha256().equals(content.sha256()))
                .forEach(r -> {
                    log.supersede(r.messageId());
                    LOG.info("statement mail {} was never sent and is superseded by the changed statement", r.messageId());
                });
        MailRecord row = resumed.orElseGet(() -> {
            MailRecord fresh = content.pending(lastSent, clock.instant());
            log.insertPending(fresh, content.attachments());
            return fresh;
        });
        if (resumed.isPresent() && row.attempts() > 0) {
            LOG.warn("statement mail {} to {} was tried {} times before without a recorded acceptance (last error: {});"
                    + " sending it again under the same Message-ID", row.messageId(), row.recipient(), row.attempts(),
                    row.lastError().orElse("none recorded: the process stopped"));
        }
        if (server.isEmpty()) {
            log.stillPending(row.messageId(), NOT_CONFIGURED);
            LOG.warn("statement {} of {} for {} stays PENDING as {}: {}", mail.period(), mail.party(), row.recipient(),
                    row.messageId(), NOT_CONFIGURED);
            return pending(mail, row, NOT_CONFIGURED);
        }
        return attempts(mail, content, row, lastSent, server.get(), sender.orElseThrow());
    }

    private MailResult attempts(StatementMail mail, MailContent content, MailRecord row, Optional<MailRecord> corrected,
                                MailServer server, JavaMailSenderImpl sender) {
        String error = "";
        int attempts = server.retries().attempts();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            log.attempt(row.messageId());
            try {
                sender.send(content.message(sender, server, row, corrected));
                log.sent(row.messageId(), clock.instant());
                LOG.info("mailed statement {} of {} to {} as {}{} through {}", mail.period(), mail.party(), row.recipient(),
                        row.messageId(), row.correctionOf().map(c -> " (correction of " + c + ")").orElse(""),
                        server.describe());
                return new MailResult(mail, row.messageId(), MailState.SENT, true, row.correctionOf(), Optional.empty());
            } catch (MailException | MessagingException e) {
                error = "attempt " + attempt + " of " + attempts + " through " + server.describe() + " failed: " + causes(e);
                log.stillPending(row.messageId(), error);
                LOG.warn("statement mail {} to {}: {}", row.messageId(), row.recipient(), error);
                if (attempt < attempts) {
                    Sleeper.pause(sleeper, server.retries().delay(attempt));
                }
            }
        }
        return pending(mail, row, error);
    }

    /** The messages of an exception and its causes: the last one usually says what happened on the wire. */
    private static String causes(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceAll("\\s+", " ").trim();
            if (!b.toString().contains(m)) {
                b.append(b.length() == 0 ? "" : "; ").append(m);
            }
        }
        return b.toString();
    }

    private static MailResult pending(StatementMail mail, MailRecord row, String error) {
        return new MailResult(mail, row.messageId(), MailState.PENDING, false, row.correctionOf(), Optional.of(error));
    }
}
