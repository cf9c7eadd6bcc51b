package com.posclearing.transfer;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.MerchantId;
import com.posclearing.layout.FileNamePattern;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import com.posclearing.transfer.internal.SourcesYaml;
import com.posclearing.transfer.mail.MailServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code sources.yaml}: the input sources, the bank's payout target, the statement targets per merchant group and the
 * SMTP server statements are mailed through.
 */
public record TransferConfig(List<SourceConfig> sources, Optional<DeliveryTarget> bank, List<MerchantGroup> merchantGroups,
                             Optional<MailServer> email) {

    public static final String FILE = "sources.yaml";

    public TransferConfig {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(bank, "bank");
        merchantGroups = List.copyOf(Objects.requireNonNull(merchantGroups, "merchantGroups"));
        Objects.requireNonNull(email, "email");
        List<String> names = new ArrayList<>();
        for (SourceConfig s : sources) {
            SftpEndpoint.require(!names.contains(s.name()), "sources.name", "duplicate source " + s.name());
            names.add(s.name());
        }
    }

    /**
     * Reads {@code sources.yaml} from the config folder (or the built-in default) and checks each source against the
     * layouts of that folder: its layout exists and recognises the names its pattern fetches.
     */
    public static TransferConfig load(ConfigFiles config) {
        try (InputStream in = config.open(FILE)) {
            String origin = FILE + " in " + config.describe();
            TransferConfig parsed = parse(in, origin);
            parsed.checkLayouts(Layouts.load(config), origin);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /**
     * A file a source fetches must be one its layout reads: the layout named by {@code layout:} must exist, and a name
     * the source's pattern fetches (each {@code *} as {@code X}) must be recognised by that layout and no other, or be
     * the name of that layout's companion file (ZM's RD summary, read with the ZM file).
     */
    void checkLayouts(Layouts layouts, String origin) {
        BusinessDate sample = BusinessDate.of(2026, 1, 31);
        for (SourceConfig s : sources) {
            String at = "source " + s.name() + " in " + origin + ", key layout: ";
            Layout layout = layouts.all().stream().filter(l -> l.name().equals(s.layout())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(at + "no layout named " + s.layout() + "; the layouts are "
                            + layouts.all().stream().map(Layout::name).toList()));
            String example = FileNamePattern.compile(s.pattern()).example(sample);
            boolean companion = layout.companion() != null && layouts.layoutForFileName(example).isEmpty()
                    && FileNamePattern.compile(layout.companion().fileName()).matches(example, sample);
            if (!companion && !layouts.layoutForFileName(example).map(layout::equals).orElse(false)) {
                throw new IllegalArgumentException(at + "its pattern " + s.pattern() + " fetches names such as " + example
                        + " that its layout " + layout.name() + " (fileName " + layout.fileName() + ") does not recognise;"
                        + " use the layout's fileName or a narrower pattern");
            }
        }
    }

    /**
     * The layout of the source whose pattern {@code fileName} matches: what ingest reads a fetched or landed file with.
     * Two sources of different layouts that both match the name are an error naming them.
     */
    public Optional<String> layoutOf(String fileName) {
        List<SourceConfig> matching = sources.stream()
                .filter(s -> FileNamePattern.compile(s.pattern()).date(fileName).isPresent()).toList();
        if (matching.stream().map(SourceConfig::layout).distinct().count() > 1) {
            throw new IllegalStateException("file " + fileName + " matches the patterns of sources "
                    + matching.stream().map(s -> s.name() + " (layout " + s.layout() + ")").toList() + " in " + FILE
                    + ": narrow their patterns so that one source fetches it");
        }
        return matching.stream().findFirst().map(SourceConfig::layout);
    }

    /** Parses the YAML; errors name {@code origin} and the offending key. */
    public static TransferConfig parse(InputStream yaml, String origin) {
        return SourcesYaml.parse(yaml, origin);
    }

    public SourceConfig source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source named " + name + " in " + FILE));
    }

    /** The statement target of a merchant: the first group naming it, else the first {@code "*"} group. */
    public Optional<DeliveryTarget> statementTarget(MerchantId merchant) {
        return merchantGroups.stream().filter(g -> g.merchants().contains(merchant.value())).findFirst()
                .or(() -> merchantGroups.stream().filter(g -> g.covers(merchant)).findFirst())
                .map(g -> g.targetFor(merchant));
    }

    /** Sources and targets that connect without strict host-key checking (shown loudly by {@code status}). */
    public List<String> insecureHostKeys() {
        List<String> out = new ArrayList<>();
        sources.stream().filter(s -> s.endpoint().insecureHostKeys()).forEach(s -> out.add("source " + s.name()));
        bank.filter(b -> b.endpoint().insecureHostKeys()).ifPresent(b -> out.add("delivery " + b.name()));
        merchantGroups.stream().filter(g -> g.target().endpoint().insecureHostKeys())
                .forEach(g -> out.add("delivery statements:" + g.name()));
        return out;
    }
}
