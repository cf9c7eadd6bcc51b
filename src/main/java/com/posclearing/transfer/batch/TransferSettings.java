package com.posclearing.transfer.batch;

import com.posclearing.ingest.SourceLayouts;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.refdata.RefData;
import com.posclearing.transfer.SftpEndpoint;
import com.posclearing.transfer.SourceConfig;
import com.posclearing.transfer.TransferConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@code sources.yaml} of this process (config folder over the built-in default), read at each use so a fixed
 * file counts at the next restart. The built-in default names placeholder hosts under the reserved {@code .invalid}
 * domain (RFC 6761: they never resolve): a delivery target on such a host is "not configured", a source on one
 * fails the fetch at once instead of after minutes of retries.
 */
@Component
public class TransferSettings implements SourceLayouts {
    private static final String PLACEHOLDER_DOMAIN = ".invalid";
    private final RefData refData;

    TransferSettings(RefData refData) {
        this.refData = refData;
    }

    public TransferConfig config() {
        return TransferConfig.load(refData.files());
    }

    /**
     * The layout of the source that fetches such names (checked with the layouts when a run starts); a companion file
     * (ZM's RD) is read with its file and never asked for.
     */
    @Override
    public Optional<String> layoutOf(String fileName) {
        try (InputStream in = refData.files().open(TransferConfig.FILE)) {
            return TransferConfig.parse(in, origin()).layoutOf(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin(), e);
        }
    }

    public String origin() {
        return TransferConfig.FILE + " in " + refData.files().describe();
    }

    public static boolean placeholder(SftpEndpoint endpoint) {
        return endpoint.host().toLowerCase(java.util.Locale.ROOT).endsWith(PLACEHOLDER_DOMAIN);
    }

    /**
     * The sources still to fetch D's files from: those whose files are not already among {@code landed} (the names in
     * D's landing folder). Refuses an empty configuration with nothing landed, and placeholder hosts among the sources
     * left, with what to do instead.
     */
    List<SourceConfig> forFetch(BusinessDate date, List<String> landed) {
        TransferConfig config = config();
        String instead = "or give the files of " + date + " by other means: ops/settle restart --date " + date
                + " --from-dir DIR";
        if (config.sources().isEmpty() && landed.isEmpty()) {
            throw new IllegalStateException(origin() + " lists no sources: add them, " + instead);
        }
        List<SourceConfig> lacking = config.sources().stream().filter(s -> !s.satisfiedBy(landed, date)).toList();
        for (SourceConfig s : lacking) {
            if (placeholder(s.endpoint())) {
                throw new IllegalStateException("source " + s.name() + " in " + origin() + " still has the placeholder host "
                        + s.endpoint().host() + ": put the real host, user and key files into sources.yaml of your --config"
                        + " folder, " + instead);
            }
        }
        return lacking;
    }
}
