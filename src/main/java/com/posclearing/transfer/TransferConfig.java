package com.posclearing.transfer;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.MerchantId;
import com.posclearing.transfer.internal.SourcesYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code sources.yaml}: the input sources, the bank's payout target and the statement targets per merchant group. */
public record TransferConfig(List<SourceConfig> sources, Optional<DeliveryTarget> bank, List<MerchantGroup> merchantGroups) {

    public static final String FILE = "sources.yaml";

    public TransferConfig {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(bank, "bank");
        merchantGroups = List.copyOf(Objects.requireNonNull(merchantGroups, "merchantGroups"));
        List<String> names = new ArrayList<>();
        for (SourceConfig s : sources) {
            SftpEndpoint.require(!names.contains(s.name()), "sources.name", "duplicate source " + s.name());
            names.add(s.name());
        }
    }

    /** Reads {@code sources.yaml} from the config folder (or the built-in default). */
    public static TransferConfig load(ConfigFiles config) {
        try (InputStream in = config.open(FILE)) {
            return parse(in, FILE + " in " + config.describe());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
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
