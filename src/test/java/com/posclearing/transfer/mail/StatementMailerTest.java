package com.posclearing.transfer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.posclearing.kernel.Sha256;
import com.posclearing.transfer.Backoff;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Statement mails through a real SMTP server in this process: GreenMail behind a STARTTLS front ({@link StartTlsFront}),
 * the received messages and their attachments read back byte for byte, the mail log on H2 with the V21 migration.
 */
class StatementMailerTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");
    private static final String MERCHANT = "898310058120002";

    @TempDir
    Path dir;

    private StartTlsFront front;
    private JdbcTemplate jdbc;
    private MailLog log;
    private final List<Duration> waits = new ArrayList<>();
    private Path xlsx;
    private Path csv;

    @BeforeEach
    void start() throws Exception {
        front = new StartTlsFront(GREEN_MAIL.getSmtp().getPort());
        SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:mail_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(ds);
        try (InputStream in = StatementMailerTest.class.getResourceAsStream("/db/migration/common/V21__mail_delivery.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String sql : script.replace("${bigint}", "BIGINT").split(";")) {
                if (!sql.isBlank()) {
                    jdbc.execute(sql);
                }
            }
        }
        log = new MailLog(jdbc, new DataSourceTransactionManager(ds));
        byte[] workbook = new byte[9_000];
        new Random(7).nextBytes(workbook);
        xlsx = Files.write(dir.resolve(MERCHANT + ".xlsx"), workbook);
        csv = Files.write(dir.resolve(MERCHANT + ".csv"), ("\uFEFFmerchant_id,business_date,amount\r\n" + MERCHANT
                + ",2026-11-23,-12.50\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws IOException {
        front.close();
    }

    @Test
    void mailsTheStatementOverStartTlsAndItsFilesArriveByteForByte() throws Exception {
        MailResult r = mailer(3).send(List.of(mail(1))).get(0);

        assertThat(r.state()).isEqualTo(MailState.SENT);
        assertThat(r.sentNow()).isTrue();
        assertThat(r.messageId()).isEqualTo("statement.merchant." + MERCHANT + ".20261123.r1." + contentSha().substring(0, 16)
                + "@pos-clearing");
        MimeMessage m = single();
        assertThat(m.getMessageID()).isEqualTo("<" + r.messageId() + ">");
        assertThat(m.getSubject()).isEqualTo("对账单 Statement 2026-11-23 北京朝阳餐饮管理有限公司 (" + MERCHANT + ")");
        assertThat(m.getFrom()[0].toString()).isEqualTo("statements@acquirer.example.cn");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("caiwu@chaoyang-food.example.cn");
        Map<String, byte[]> files = ReceivedMail.attachments(m);
        assertThat(files.keySet()).containsExactly(MERCHANT + ".xlsx", MERCHANT + ".csv");
        assertThat(files.get(MERCHANT + ".xlsx")).isEqualTo(Files.readAllBytes(xlsx));
        assertThat(files.get(MERCHANT + ".csv")).isEqualTo(Files.readAllBytes(csv));
        assertThat(jdbc.queryForList("SELECT state || ' ' || attempts || ' ' || sent_at FROM mail_delivery", String.class))
                .containsExactly("SENT 1 2026-11-24 01:30:00");
        assertThat(jdbc.queryForList("SELECT file_name || ' ' || sha256 || ' ' || size_bytes FROM mail_attachment"
                + " ORDER BY file_name", String.class)).containsExactly(
                        MERCHANT + ".csv " + Sha256.of(csv) + " " + Files.size(csv),
                        MERCHANT + ".xlsx " + Sha256.of(xlsx) + " 9000");
        assertThat(front.connections()).isEqualTo(1);
    }

    @Test
    void theSameFilesAreNeverMailedTwice() throws Exception {
        MailResult first = mailer(3).send(List.of(mail(1))).get(0);
        MailResult again = mailer(3).send(List.of(mail(2))).get(0);

        assertThat(again.state()).isEqualTo(MailState.SENT);
        assertThat(again.sentNow()).isFalse();
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery", Integer.class)).isEqualTo(1);
    }

    @Test
    void aStatementChangedByARerunIsMailedAgainMarkedAsACorrection() throws Exception {
        MailResult first = mailer(3).send(List.of(mail(1))).get(0);
        Files.writeString(csv, "\uFEFFmerchant_id,business_date,amount\r\n" + MERCHANT + ",2026-11-23,-10.00\r\n");

        MailResult correction = mailer(3).send(List.of(mail(2))).get(0);

        assertThat(correction.sentNow()).isTrue();
        assertThat(correction.correctionOf()).contains(first.messageId());
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage m = received[1];
        assertThat(m.getSubject()).isEqualTo("更正 Correction: 对账单 Statement 2026-11-23 北京朝阳餐饮管理有限公司 (" + MERCHANT + ")");
        assertThat(m.getHeader("References")).containsExactly("<" + first.messageId() + ">");
        assertThat(text(m)).startsWith("更正：本对账单由 2026-11-23 的第 2 次运行更正，替换 2026-11-24T01:30:00Z 发出的对账单 <"
                + first.messageId() + ">。\r\nCorrection: this statement was changed by run 2 of 2026-11-23 and replaces the"
                + " one sent at 2026-11-24T01:30:00Z <" + first.messageId() + ">.\r\n");
        assertThat(ReceivedMail.attachments(m).get(MERCHANT + ".csv")).isEqualTo(Files.readAllBytes(csv));
        assertThat(jdbc.queryForList("SELECT run_no || ' ' || state || ' ' || COALESCE(correction_of, '-') FROM mail_delivery"
                + " ORDER BY run_no", String.class)).containsExactly("1 SENT -", "2 SENT " + first.messageId());
    }

    @Test
    void aRefusedConnectionIsRetriedWithBackoff() throws Exception {
        front.refuseNext(2);

        MailResult r = mailer(3).send(List.of(mail(1))).get(0);

        assertThat(r.state()).isEqualTo(MailState.SENT);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForList("SELECT state || ' ' || attempts FROM mail_delivery", String.class))
                .containsExactly("SENT 3");
    }

    @Test
    void aConnectionDroppedInTheMiddleOfTheMessageIsRetriedAndArrivesOnce() throws Exception {
        front.dropNextInData(1, 2_000);

        MailResult r = mailer(3).send(List.of(mail(1))).get(0);

        assertThat(r.state()).isEqualTo(MailState.SENT);
        assertThat(front.connections()).isEqualTo(2);
        MimeMessage m = single();
        assertThat(m.getMessageID()).isEqualTo("<" + r.messageId() + ">");
        assertThat(ReceivedMail.attachments(m).get(MERCHANT + ".xlsx")).isEqualTo(Files.readAllBytes(xlsx));
        assertThat(waits).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void whenEveryAttemptFailsTheMailStaysPendingAndARestartSendsItUnderTheSameMessageId() throws Exception {
        front.refuseNext(2);

        MailResult failed = mailer(2).send(List.of(mail(1))).get(0);

        assertThat(failed.state()).isEqualTo(MailState.PENDING);
        assertThat(failed.error().orElseThrow()).startsWith("attempt 2 of 2 through smtp://127.0.0.1:" + front.port()
                + " failed: ");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

        MailResult restarted = mailer(2).send(List.of(mail(1))).get(0);

        assertThat(restarted.state()).isEqualTo(MailState.SENT);
        assertThat(restarted.messageId()).isEqualTo(failed.messageId());
        assertThat(single().getMessageID()).isEqualTo("<" + failed.messageId() + ">");
        assertThat(jdbc.queryForList("SELECT state || ' ' || attempts FROM mail_delivery", String.class))
                .containsExactly("SENT 3");
    }

    /** The window of docs/mail.md: the process died after counting an attempt, before SENT was recorded. */
    @Test
    void anAttemptWithoutARecordedOutcomeIsSentAgainUnderTheSameMessageId() throws Exception {
        MailResult before = new StatementMailer(log, Optional::empty, name -> null, clock(), waits::add).send(List.of(mail(1)))
                .get(0);
        log.attempt(before.messageId());

        MailResult after = mailer(3).send(List.of(mail(1))).get(0);

        assertThat(after.messageId()).isEqualTo(before.messageId());
        assertThat(after.sentNow()).isTrue();
        assertThat(single().getMessageID()).isEqualTo("<" + before.messageId() + ">");
        assertThat(jdbc.queryForList("SELECT state || ' ' || attempts FROM mail_delivery", String.class))
                .containsExactly("SENT 2");
    }

    @Test
    void aServerWithoutStartTlsIsNeverSentTheStatement() throws Exception {
        MailServer plain = server(GREEN_MAIL.getSmtp().getPort(), 1);

        MailResult r = new StatementMailer(log, () -> Optional.of(plain), name -> null, clock(), waits::add)
                .send(List.of(mail(1))).get(0);

        assertThat(r.state()).isEqualTo(MailState.PENDING);
        assertThat(r.error().orElseThrow()).contains("STARTTLS");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutAServerTheMailStaysPendingAndAChangedStatementSupersedesIt() throws Exception {
        StatementMailer unconfigured = new StatementMailer(log, Optional::empty, name -> null, clock(), waits::add);

        MailResult pending = unconfigured.send(List.of(mail(1))).get(0);

        assertThat(pending.state()).isEqualTo(MailState.PENDING);
        assertThat(pending.error()).contains("no SMTP server is configured (deliveries.email in sources.yaml)");
        assertThat(jdbc.queryForList("SELECT state || ' ' || attempts || ' ' || last_error FROM mail_delivery", String.class))
                .containsExactly("PENDING 0 no SMTP server is configured (deliveries.email in sources.yaml)");

        Files.writeString(csv, "changed\r\n");
        MailResult sent = mailer(3).send(List.of(mail(2))).get(0);

        assertThat(sent.state()).isEqualTo(MailState.SENT);
        assertThat(sent.correctionOf()).isEmpty();
        assertThat(single().getSubject()).startsWith("对账单 Statement 2026-11-23");
        assertThat(jdbc.queryForList("SELECT run_no || ' ' || state FROM mail_delivery ORDER BY run_no", String.class))
                .containsExactly("1 SUPERSEDED", "2 SENT");
    }

    private StatementMailer mailer(int attempts) {
        MailServer s = server(front.port(), attempts);
        return new StatementMailer(log, () -> Optional.of(s), name -> null, clock(), waits::add);
    }

    private static MailServer server(int port, int attempts) {
        return new MailServer("127.0.0.1", port, "statements@acquirer.example.cn", Optional.empty(), Optional.empty(), true,
                Duration.ofSeconds(5), Duration.ofSeconds(5), new Backoff(attempts, Duration.ofMillis(10), Duration.ofSeconds(1), 2));
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private StatementMail mail(int run) {
        return StatementMail.ofMerchant(MERCHANT, "北京朝阳餐饮管理有限公司", "2026-11-23", run, "caiwu@chaoyang-food.example.cn",
                List.of(xlsx, csv));
    }

    private String contentSha() {
        return Sha256.of((xlsx.getFileName() + " " + Sha256.of(xlsx) + "\n" + csv.getFileName() + " " + Sha256.of(csv) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static MimeMessage single() {
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    static String text(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getDisposition() == null || !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                Object c = p.getContent();
                return c instanceof String s ? s : text((Multipart) c);
            }
        }
        throw new AssertionError("no text part");
    }

    private static String text(Multipart mp) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).getContent() instanceof String s) {
                return s;
            }
        }
        throw new AssertionError("no text part");
    }
}
