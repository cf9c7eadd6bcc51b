package com.posclearing.transfer.mail;

import com.posclearing.kernel.Sha256;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The statement files of one mail, read once: what is hashed is exactly what is attached. The Message-ID is derived
 * from the party, period, run and content, so the same statement of the same run always has the same one.
 */
final class MailContent {
    private static final String OCTETS = "application/octet-stream";
    private final StatementMail mail;
    private final List<Attachment> attachments;
    private final String sha256;

    /** One attached file. */
    record Attachment(String fileName, byte[] bytes, String sha256) {
    }

    private MailContent(StatementMail mail, List<Attachment> attachments) {
        this.mail = mail;
        this.attachments = attachments;
        StringBuilder names = new StringBuilder();
        attachments.forEach(a -> names.append(a.fileName()).append(' ').append(a.sha256()).append('\n'));
        this.sha256 = Sha256.of(names.toString().getBytes(StandardCharsets.UTF_8));
    }

    static MailContent read(StatementMail mail) {
        return new MailContent(mail, mail.files().stream().map(MailContent::attachment).toList());
    }

    private static Attachment attachment(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Attachment(file.getFileName().toString(), bytes, Sha256.of(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statement file " + file + " to mail it: " + e.getMessage(), e);
        }
    }

    List<Attachment> attachments() {
        return attachments;
    }

    /** SHA-256 over the attachments' names and SHA-256s. */
    String sha256() {
        return sha256;
    }

    String messageId() {
        return "statement." + mail.party().replace(':', '.') + "." + mail.period().replace("-", "") + ".r" + mail.runNo()
                + "." + sha256.substring(0, 16) + "@pos-clearing";
    }

    /** A new PENDING record of this content, correcting {@code earlier} when a statement was mailed before. */
    MailRecord pending(Optional<MailRecord> earlier, Instant now) {
        return new MailRecord(messageId(), mail.party(), mail.period(), mail.runNo(), mail.address(), subject(earlier.isPresent()),
                sha256, earlier.map(MailRecord::messageId), MailState.PENDING, 0, Optional.empty(), now, Optional.empty());
    }

    private String subject(boolean correction) {
        String kind = mail.period().length() == 7 ? "月度对账单 Monthly statement" : "对账单 Statement";
        return (correction ? "更正 Correction: " : "") + kind + " " + mail.period() + " " + mail.name() + " (" + mail.partyId() + ")";
    }

    /** The message of {@code record}: its Message-ID, subject, a short text and the files byte for byte. */
    MimeMessage message(JavaMailSender sender, MailServer server, MailRecord record, Optional<MailRecord> corrected)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(server.from());
        helper.setTo(record.recipient());
        helper.setSubject(record.subject());
        helper.setText(body(corrected), false);
        for (Attachment a : attachments) {
            helper.addAttachment(a.fileName(), new ByteArrayResource(a.bytes()), OCTETS);
        }
        message.setHeader("Message-ID", "<" + record.messageId() + ">");
        if (corrected.isPresent()) {
            message.setHeader("References", "<" + corrected.get().messageId() + ">");
        }
        return message;
    }

    private String body(Optional<MailRecord> corrected) {
        StringBuilder b = new StringBuilder();
        corrected.ifPresent(c -> b.append("更正：本对账单由 ").append(mail.period()).append(" 的第 ").append(mail.runNo())
                .append(" 次运行更正，替换 ").append(c.sentAt().map(Instant::toString).orElse("-")).append(" 发出的对账单 <")
                .append(c.messageId()).append(">。\r\nCorrection: this statement was changed by run ").append(mail.runNo())
                .append(" of ").append(mail.period()).append(" and replaces the one sent at ")
                .append(c.sentAt().map(Instant::toString).orElse("-")).append(" <").append(c.messageId()).append(">.\r\n\r\n"));
        b.append(mail.name()).append(" (").append(mail.partyId()).append(")，").append(mail.period())
                .append(" 的对账单见附件。\r\nThe statement of ").append(mail.period()).append(" is attached.\r\n\r\n");
        b.append("SHA-256:\r\n");
        attachments.forEach(a -> b.append(a.fileName()).append("  ").append(a.sha256()).append("\r\n"));
        return b.toString();
    }
}
