package com.posclearing.transfer.mail;

import com.posclearing.transfer.Backoff;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP server statements are mailed through ({@code deliveries.email} in {@code sources.yaml}). STARTTLS is always
 * required: a server that does not offer it is refused before anything is sent. The login comes only from the
 * environment variables named by {@code userEnv} and {@code passwordEnv} (none: no login). {@code insecureTrust}
 * accepts the server's certificate without checking it (a test relay): WARN on every connection and shown by
 * {@code status}.
 *
 * @param from the sender address of every statement mail; its domain ends each Message-ID
 */
public record MailServer(String host, int port, String from, Optional<String> userEnv, Optional<String> passwordEnv,
                         boolean insecureTrust, Duration connectTimeout, Duration readTimeout, Backoff retries) {

    public MailServer {
        require(host != null && !host.isBlank(), "host", "missing");
        require(port > 0 && port < 65536, "port", "expected 1..65535, got " + port);
        require(from != null && from.matches("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+"), "from",
                "expected an e-mail address, got '" + from + "'");
        Objects.requireNonNull(userEnv, "userEnv");
        Objects.requireNonNull(passwordEnv, "passwordEnv");
        require(userEnv.isPresent() == passwordEnv.isPresent(), "passwordEnv",
                "userEnv and passwordEnv go together (both for a login, neither for none)");
        require(connectTimeout != null && !connectTimeout.isNegative() && !connectTimeout.isZero(), "connectTimeout", "must be positive");
        require(readTimeout != null && !readTimeout.isNegative() && !readTimeout.isZero(), "readTimeout", "must be positive");
        Objects.requireNonNull(retries, "retries");
    }

    /** {@code smtp://host:port}, for messages (never a secret). */
    public String describe() {
        return "smtp://" + host + ":" + port;
    }

    String fromDomain() {
        return from.substring(from.indexOf('@') + 1);
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new IllegalArgumentException("email " + field + ": " + reason);
        }
    }
}
