package com.posclearing.transfer.mail;

import java.util.Properties;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Spring's {@link JavaMailSenderImpl} for a {@link MailServer}: STARTTLS required (a server without it is refused before
 * the message is sent), the server's name checked against its certificate, timeouts set, the login read from the
 * environment.
 */
final class SmtpSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSender.class);

    private SmtpSender() {
    }

    static JavaMailSenderImpl of(MailServer server, UnaryOperator<String> env) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        sender.setProtocol("smtp");
        Properties p = new Properties();
        p.setProperty("mail.smtp.starttls.enable", "true");
        p.setProperty("mail.smtp.starttls.required", "true");
        p.setProperty("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(server.connectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(server.readTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(server.readTimeout().toMillis()));
        p.setProperty("mail.smtp.from", server.from());
        if (server.insecureTrust()) {
            LOG.warn("the certificate of {} is NOT checked (insecureTrust: true in deliveries.email of sources.yaml): anyone on"
                    + " the path can read the statements; remove the setting once its certificate is trusted", server.describe());
            p.setProperty("mail.smtp.ssl.trust", server.host());
            p.setProperty("mail.smtp.ssl.checkserveridentity", "false");
        } else {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (server.userEnv().isPresent()) {
            sender.setUsername(variable(env, server.userEnv().get(), "userEnv"));
            sender.setPassword(variable(env, server.passwordEnv().orElseThrow(), "passwordEnv"));
            p.setProperty("mail.smtp.auth", "true");
        }
        sender.setJavaMailProperties(p);
        return sender;
    }

    private static String variable(UnaryOperator<String> env, String name, String key) {
        String value = env.apply(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("the environment variable " + name + " named by " + key + " in deliveries.email"
                    + " of sources.yaml is not set: set it for the process that runs the job, then restart the run");
        }
        return value;
    }
}
