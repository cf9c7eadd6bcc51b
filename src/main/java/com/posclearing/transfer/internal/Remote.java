package com.posclearing.transfer.internal;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpException;
import com.posclearing.transfer.Backoff;
import com.posclearing.transfer.SftpEndpoint;
import com.posclearing.transfer.TransferException;
import java.io.IOException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action on a fresh connection, reconnecting and retrying with backoff when the link fails or a
 * verification fails. Host-key, login and input refusals are runtime exceptions and are never retried.
 */
public final class Remote {
    private static final Logger LOG = LoggerFactory.getLogger(Remote.class);

    /** Work done on one connection. */
    public interface Action<T> {
        T run(SftpConnection c) throws JSchException, SftpException, IOException, VerificationException;
    }

    private final SftpConnector connector;
    private final SftpEndpoint endpoint;
    private final Backoff retries;
    private final Sleeper sleeper;

    public Remote(SftpConnector connector, SftpEndpoint endpoint, Backoff retries, Sleeper sleeper) {
        this.connector = connector;
        this.endpoint = endpoint;
        this.retries = retries;
        this.sleeper = sleeper;
    }

    public <T> T call(String what, Action<T> action) {
        return call(what, action, TransferException::new);
    }

    public <T> T call(String what, Action<T> action, BiFunction<String, Exception, RuntimeException> failure) {
        Exception last = null;
        for (int attempt = 1; attempt <= retries.attempts(); attempt++) {
            try (SftpConnection c = connector.open(endpoint)) {
                try {
                    return action.run(c);
                } catch (SftpException e) {
                    if (c.alive() && (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE
                            || e.id == ChannelSftp.SSH_FX_PERMISSION_DENIED)) {
                        // the server answered: retrying will not make a folder appear or a permission change
                        throw failure.apply(what + " on " + endpoint.describe() + " refused by the server: "
                                + describe(e) + ". Check the configured folder and the account's rights.", e);
                    }
                    throw e;
                }
            } catch (JSchException | SftpException | IOException | VerificationException e) {
                last = e;
                if (attempt < retries.attempts()) {
                    LOG.warn("{} on {} failed (attempt {} of {}): {}; reconnecting in {}", what, endpoint.describe(),
                            attempt, retries.attempts(), describe(e), retries.delay(attempt));
                    Sleeper.pause(sleeper, retries.delay(attempt));
                }
            }
        }
        throw failure.apply(what + " on " + endpoint.describe() + " failed after " + retries.attempts()
                + " attempts: " + describe(last) + ". Check the server and the link, then restart the run.", last);
    }

    private static String describe(Exception e) {
        if (e instanceof SftpException s) {
            return "SFTP status " + s.id + " " + s.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
