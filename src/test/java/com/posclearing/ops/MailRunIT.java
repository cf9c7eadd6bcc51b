package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.posclearing.transfer.mail.ReceivedMail;
import com.posclearing.transfer.mail.StartTlsFront;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Statements by e-mail through whole nights of the command line (SPEC 3.5): merchant …001 takes {@code email}, …002
 * (the built-in merchants.csv) {@code both}; the mail server is GreenMail behind a STARTTLS front that can refuse or cut
 * connections. Each message is read back, its attachments byte for byte against the statement files of the run.
 */
class MailRunIT {
    private static final String D = "2026-12-30";
    private static final String M1 = "898310058120001";
    private static final String M2 = "898310058120002";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final CommandNight night = new CommandNight("mail-it");

    private StartTlsFront front;

    @BeforeEach
    void start() throws Exception {
        front = new StartTlsFront(GREEN_MAIL.getSmtp().getPort());
        Files.copy(SftpRunIT.SAMPLES.resolve(SftpRunIT.POSP), night.inbox().resolve(SftpRunIT.POSP));
        Files.copy(SftpRunIT.SAMPLES.resolve(SftpRunIT.ACOMA), night.inbox().resolve(SftpRunIT.ACOMA));
    }

    @AfterEach
    void stop() throws IOException {
        front.close();
    }

    @Test
    void aNightMailsEachStatementOnceThroughACutConnectionAndARerunThatChangesOneMailsOnlyItsCorrection() throws Exception {
        Path config = config();
        front.dropNextInData(1, 2_000);

        SftpRunIT.Run run = night.settleWithConfig(config, "run", "--date", D, "--from-dir", night.inbox().toString());

        assertThat(run.code()).as(run.err()).isZero();
        Map<String, MimeMessage> received = bySubject();
        assertThat(received.keySet()).containsExactlyInAnyOrder(
                "对账单 Statement 2026-12-30 上海静安百货有限公司 (" + M1 + ")",
                "对账单 Statement 2026-12-30 北京朝阳餐饮管理有限公司 (" + M2 + ")");
        for (MimeMessage m : received.values()) {
            String merchant = m.getSubject().replaceAll(".*\\((\\d{15})\\)$", "$1");
            Map<String, byte[]> files = ReceivedMail.attachments(m);
            assertThat(files.keySet()).containsExactly(merchant + ".xlsx", merchant + ".csv");
            assertThat(files.get(merchant + ".xlsx")).isEqualTo(Files.readAllBytes(statement(merchant + ".xlsx")));
            assertThat(files.get(merchant + ".csv")).isEqualTo(Files.readAllBytes(statement(merchant + ".csv")));
        }
        assertThat(received.get("对账单 Statement 2026-12-30 上海静安百货有限公司 (" + M1 + ")").getAllRecipients()[0].toString())
                .isEqualTo("finance@jingan-store.example.cn");
        assertThat(front.connections()).isEqualTo(3); // the cut one, then one per statement
        assertThat(night.query("SELECT party, run_no, state, recipient FROM mail_delivery ORDER BY party")).containsExactly(
                "merchant:" + M1 + "|1|SENT|finance@jingan-store.example.cn",
                "merchant:" + M2 + "|1|SENT|caiwu@chaoyang-food.example.cn");
        assertThat(night.query("SELECT SUM(attempts) FROM mail_delivery")).containsExactly("3");
        assertThat(night.query("SELECT COUNT(*) FROM mail_attachment")).containsExactly("4");

        SftpRunIT.Run status = night.settleWithConfig(config, "status", "--date", D);
        assertThat(status.out()).containsPattern("  e-mail merchant:" + M1 + " run 1 to finance@jingan-store.example.cn: SENT at "
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d <statement\\.merchant\\." + M1 + "\\.20261230\\.r1\\.[0-9a-f]{16}@pos-clearing>");

        // the same inputs again: the same statements, nothing mailed
        SftpRunIT.Run same = night.settleWithConfig(config, "rerun", "--date", D, "--reason", "same inputs");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);

        // STD's debit rate corrected: …001 (STD) gets a changed statement, mailed as a correction; …002 (CATER) nothing
        Files.writeString(config.resolve("fee-plans.csv"), Files.readString(Path.of("config/fee-plans.csv"))
                .replace("STD,DEBIT,0.55,", "STD,DEBIT,0.60,"));
        SftpRunIT.Run corrected = night.settleWithConfig(config, "rerun", "--date", D, "--reason", "debit rate corrected");
        assertThat(corrected.code()).as(corrected.err()).isZero();
        Map<String, MimeMessage> all = bySubject();
        assertThat(all).hasSize(3);
        MimeMessage correction = all.get("更正 Correction: 对账单 Statement 2026-12-30 上海静安百货有限公司 (" + M1 + ")");
        assertThat(ReceivedMail.attachments(correction).get(M1 + ".csv")).isEqualTo(Files.readAllBytes(statement(M1 + ".csv")));
        String first = night.query("SELECT message_id FROM mail_delivery WHERE party = 'merchant:" + M1 + "' AND run_no = 1").get(0);
        assertThat(correction.getHeader("References")).containsExactly("<" + first + ">");
        assertThat(night.query("SELECT run_no, state, correction_of FROM mail_delivery WHERE party = 'merchant:" + M1
                + "' ORDER BY run_no")).containsExactly("1|SENT|null", "3|SENT|" + first);
    }

    @Test
    void aMailServerRefusingEveryAttemptFailsTheRunAndARestartMailsEachStatementOnce() throws Exception {
        Path config = config();
        front.refuseNext(1_000);

        SftpRunIT.Run failed = night.settleWithConfig(config, "run", "--date", D, "--from-dir", night.inbox().toString());

        assertThat(failed.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.err()).as(failed.err()).startsWith("settle: run 1 of 2026-12-30 failed: the e-mail of 2 statements of 2026-12-30 failed after every attempt"
                + " (merchant:" + M1 + " to finance@jingan-store.example.cn, merchant:" + M2 + " to caiwu@chaoyang-food.example.cn;"
                + " last error: attempt 2 of 2 through smtp://127.0.0.1:" + front.port() + " failed: ")
                .contains("421 4.3.2 test front: service not available")
                .endsWith("they stay pending, nothing was lost: correct the cause, then ops/settle restart --date 2026-12-30"
                        + " sends them\n").hasLineCount(1);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(night.query("SELECT state, attempts FROM mail_delivery ORDER BY party")).containsExactly("PENDING|2", "PENDING|2");

        front.refuseNext(0);
        SftpRunIT.Run restarted = night.settleWithConfig(config, "restart", "--date", D);

        assertThat(restarted.code()).as(restarted.err()).isZero();
        assertThat(bySubject()).hasSize(2);
        assertThat(night.query("SELECT state, attempts FROM mail_delivery ORDER BY party")).containsExactly("SENT|3", "SENT|3");
    }

    @Test
    void anAgentTakingEmailGetsItsMonthStatementOnceAndNothingMoreWhenTheMonthIsRunAgain() throws Exception {
        Path config = config();
        Files.writeString(config.resolve("agents.csv"), Files.readString(Path.of("config/agents.csv"), StandardCharsets.UTF_8)
                .replace("jingan-agent@example.cn,\n", "jingan-agent@example.cn,email\n"), StandardCharsets.UTF_8);
        for (String f : List.of("POSP_20261231_N01_001.csv", "POSP_20261231_N01_002.csv", "POSP_20261231_N02_001.csv",
                "IND26123132ACOMA")) {
            Files.copy(SftpRunIT.SAMPLES.resolve(f), night.inbox().resolve(f));
        }
        for (String d : List.of(D, "2026-12-31")) {
            SftpRunIT.Run run = night.settleWithConfig(config, "run", "--date", d, "--from-dir", night.inbox().toString());
            assertThat(run.code()).as(run.err()).isZero();
        }
        int daily = GREEN_MAIL.getReceivedMessages().length;

        SftpRunIT.Run month = night.settleWithConfig(config, "agents", "--month", "2026-12");

        assertThat(month.code()).as(month.err()).isZero();
        List<MimeMessage> agentMails = bySubject().values().stream().filter(m -> subject(m).endsWith("(AG-SH-JA)")).toList();
        assertThat(agentMails).hasSize(1);
        assertThat(agentMails.get(0).getAllRecipients()[0].toString()).isEqualTo("jingan-agent@example.cn");
        Path folder = night.out().resolve("agents/202612");
        assertThat(ReceivedMail.attachments(agentMails.get(0))).containsOnlyKeys("AG-SH-JA.xlsx", "AG-SH-JA.csv")
                .containsEntry("AG-SH-JA.csv", Files.readAllBytes(folder.resolve("AG-SH-JA.csv")))
                .containsEntry("AG-SH-JA.xlsx", Files.readAllBytes(folder.resolve("AG-SH-JA.xlsx")));
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(daily + 1);

        SftpRunIT.Run again = night.settleWithConfig(config, "agents", "--month", "2026-12");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(daily + 1);
        assertThat(night.query("SELECT party, state FROM mail_delivery WHERE party LIKE 'agent:%'"))
                .containsExactly("agent:AG-SH-JA|SENT");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutAMailServerTheStatementStaysPendingAndStatusSaysWhy() throws Exception {
        SftpRunIT.Run run = night.settle("run", "--date", D, "--from-dir", night.inbox().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(night.query("SELECT party, state, attempts, last_error FROM mail_delivery")).containsExactly("merchant:" + M2
                + "|PENDING|0|no SMTP server is configured (deliveries.email in sources.yaml)");
        SftpRunIT.Run status = night.settle("status", "--date", D);
        assertThat(status.out()).containsPattern("  e-mail merchant:" + M2 + " run 1 to caiwu@chaoyang-food.example.cn: PENDING"
                + " after 0 attempts: no SMTP server is configured \\(deliveries.email in sources.yaml\\) <statement\\.merchant\\."
                + M2 + "\\.20261230\\.r1\\.[0-9a-f]{16}@pos-clearing>");
    }

    @Test
    void aStatementMailStillPendingFromAnEarlierDateIsSentOnceByALaterNight() throws Exception {
        SftpRunIT.Run first = night.settle("run", "--date", D, "--from-dir", night.inbox().toString());
        assertThat(first.code()).as(first.err()).isZero();
        List<String> pending = night.query("SELECT message_id FROM mail_delivery WHERE state = 'PENDING'");
        assertThat(pending).hasSize(1); // …002's, no server on the 30th
        for (String file : List.of("POSP_20261231_N01_001.csv", "POSP_20261231_N01_002.csv", "POSP_20261231_N02_001.csv",
                "IND26123132ACOMA")) {
            Files.copy(SftpRunIT.SAMPLES.resolve(file), night.inbox().resolve(file));
        }
        Path config = config();

        SftpRunIT.Run next = night.settleWithConfig(config, "run", "--date", "2026-12-31", "--from-dir", night.inbox().toString());

        assertThat(next.code()).as(next.err()).isZero();
        String lateSubject = "对账单 Statement 2026-12-30 北京朝阳餐饮管理有限公司 (" + M2 + ")";
        assertThat(bySubject()).containsKey(lateSubject);
        MimeMessage late = bySubject().get(lateSubject);
        assertThat(late.getMessageID()).isEqualTo("<" + pending.get(0) + ">");
        assertThat(ReceivedMail.attachments(late).get(M2 + ".csv")).isEqualTo(Files.readAllBytes(statement(M2 + ".csv")));
        assertThat(night.query("SELECT period, party, state, attempts FROM mail_delivery ORDER BY period, party")).containsExactly(
                "2026-12-30|merchant:" + M2 + "|SENT|1", "2026-12-31|merchant:" + M1 + "|SENT|1",
                "2026-12-31|merchant:" + M2 + "|SENT|1");
        int received = GREEN_MAIL.getReceivedMessages().length;
        assertThat(received).isEqualTo(3);

        // the next delivery finds nothing pending: nothing is sent twice
        SftpRunIT.Run again = night.settleWithConfig(config, "rerun", "--date", "2026-12-31", "--reason", "same inputs");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(received);
    }

    /** merchants.csv with …001 on {@code email}; sources.yaml naming only the mail server (no SFTP targets). */
    private Path config() throws IOException {
        Path config = Files.createDirectories(night.work().resolve("config"));
        String merchants = Files.readString(Path.of("config/merchants.csv"), StandardCharsets.UTF_8);
        Files.writeString(config.resolve("merchants.csv"), merchants.replace("finance@jingan-store.example.cn,AG-SH-JA,\n",
                "finance@jingan-store.example.cn,AG-SH-JA,email\n"), StandardCharsets.UTF_8);
        Files.writeString(config.resolve("sources.yaml"), """
                deliveries:
                  email:
                    host: 127.0.0.1
                    port: %d
                    from: statements@acquirer.example.cn
                    insecureTrust: true
                    connectTimeout: 5s
                    readTimeout: 5s
                    retries: {attempts: 2, initial: 50ms, max: 100ms, multiplier: 2}
                """.formatted(front.port()), StandardCharsets.UTF_8);
        return config;
    }

    private Path statement(String name) {
        return night.out().resolve("20261230/statements").resolve(name);
    }

    private static Map<String, MimeMessage> bySubject() throws Exception {
        Map<String, MimeMessage> out = new LinkedHashMap<>();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            subjects.add(m.getSubject());
            out.put(m.getSubject(), m);
        }
        assertThat(subjects).doesNotHaveDuplicates();
        return out;
    }
}
