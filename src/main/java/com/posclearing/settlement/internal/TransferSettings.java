package com.posclearing.settlement.internal;

import com.posclearing.transfer.SftpEndpoint;
import com.posclearing.transfer.SourceConfig;
import com.posclearing.transfer.TransferConfig;
import org.springframework.stereotype.Component;

/**
 * The {@code sources.yaml} of this process (config folder over the built-in default), read at each use so a fixed
 * file counts at the next restart. The built-in default names placeholder hosts under the reserved {@code .invalid}
 * domain (RFC 6761: they never resolve): a delivery target on such a host is "not configured", a source on one
 * fails the fetch at once instead of after minutes of retries.
 */
@Component
public class TransferSettings {
    private static final String PLACEHOLDER_DOMAIN = ".invalid";
    private final RefData refData;

    TransferSettings(RefData refData) {
        this.refData = refData;
    }

    public TransferConfig config() {
        return TransferConfig.load(refData.files());
    }

    public String origin() {
        return TransferConfig.FILE + " in " + refData.files().describe();
    }

    public static boolean placeholder(SftpEndpoint endpoint) {
        return endpoint.host().toLowerCase(java.util.Locale.ROOT).endsWith(PLACEHOLDER_DOMAIN);
    }

    /** The sources to fetch from; refuses an empty list and placeholder hosts with what to do instead. */
    TransferConfig forFetch() {
        TransferConfig config = config();
        if (config.sources().isEmpty()) {
            throw new IllegalStateException(origin() + " lists no sources: add them, or give the files with --from-dir DIR");
        }
        for (SourceConfig s : config.sources()) {
            if (placeholder(s.endpoint())) {
                throw new IllegalStateException("source " + s.name() + " in " + origin() + " still has the placeholder host "
                        + s.endpoint().host() + ": put the real host, user and key files into sources.yaml of your --config"
                        + " folder, or give the files with --from-dir DIR");
            }
        }
        return config;
    }
}
