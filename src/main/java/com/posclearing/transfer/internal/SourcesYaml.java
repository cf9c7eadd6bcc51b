package com.posclearing.transfer.internal;

import com.posclearing.transfer.Backoff;
import com.posclearing.transfer.Completeness;
import com.posclearing.transfer.Deadline;
import com.posclearing.transfer.DeliveryTarget;
import com.posclearing.transfer.MerchantGroup;
import com.posclearing.transfer.SftpEndpoint;
import com.posclearing.transfer.SourceConfig;
import com.posclearing.transfer.TransferConfig;
import com.posclearing.transfer.mail.MailServer;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code sources.yaml} (see docs/transfer.md for every key and its default). */
public final class SourcesYaml {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<String> ENDPOINT_KEYS = Set.of("host", "port", "user", "privateKey", "passphraseEnv",
            "knownHosts", "passwordEnv", "insecureHostKeys", "connectTimeout", "readTimeout");

    private SourcesYaml() {
    }

    public static TransferConfig parse(InputStream in, String origin) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        YamlNode root = new YamlNode(doc, origin, "");
        root.onlyKeys(Set.of("sources", "deliveries"));
        List<SourceConfig> sources = new ArrayList<>();
        for (YamlNode s : root.list("sources")) {
            sources.add(source(s));
        }
        YamlNode deliveries = root.child("deliveries");
        deliveries.onlyKeys(Set.of("bank", "merchantGroups", "email"));
        Optional<DeliveryTarget> bank = deliveries.has("bank")
                ? Optional.of(target(deliveries.child("bank"), "bank", true, false, Set.of()))
                : Optional.empty();
        List<MerchantGroup> groups = new ArrayList<>();
        for (YamlNode g : deliveries.list("merchantGroups")) {
            String name = g.string("name");
            groups.add(new MerchantGroup(name, g.strings("merchants"),
                    target(g, "statements:" + name, false, true, Set.of("name", "merchants"))));
        }
        Optional<MailServer> email = deliveries.has("email") ? Optional.of(email(deliveries.child("email"))) : Optional.empty();
        return new TransferConfig(sources, bank, groups, email);
    }

    private static MailServer email(YamlNode m) {
        m.onlyKeys(Set.of("host", "port", "from", "userEnv", "passwordEnv", "insecureTrust", "connectTimeout", "readTimeout",
                "retries"));
        try {
            return new MailServer(m.string("host"), m.integer("port", 587), m.string("from"),
                    Optional.ofNullable(m.string("userEnv", null)), Optional.ofNullable(m.string("passwordEnv", null)),
                    m.bool("insecureTrust", false), m.duration("connectTimeout", Duration.ofSeconds(30)),
                    m.duration("readTimeout", Duration.ofSeconds(60)),
                    backoff(m.child("retries"), 5, Duration.ofSeconds(10), Duration.ofMinutes(5)));
        } catch (IllegalArgumentException e) {
            throw rethrow(m, e);
        }
    }

    private static SourceConfig source(YamlNode s) {
        Set<String> keys = new java.util.HashSet<>(ENDPOINT_KEYS);
        keys.addAll(Set.of("name", "remoteDir", "pattern", "layout", "minFiles", "completeness", "deadline", "poll",
                "retries", "maxFileBytes"));
        s.onlyKeys(keys);
        try {
            return new SourceConfig(s.string("name"), endpoint(s), s.string("remoteDir"), s.string("pattern"),
                    s.string("layout"), s.integer("minFiles", 1), completeness(s.child("completeness")),
                    deadline(s.child("deadline")),
                    backoff(s.child("poll"), 1, Duration.ofSeconds(30), Duration.ofMinutes(10)),
                    backoff(s.child("retries"), 5, Duration.ofSeconds(5), Duration.ofMinutes(2)),
                    s.longValue("maxFileBytes", 64L << 30));
        } catch (IllegalArgumentException e) {
            throw rethrow(s, e);
        }
    }

    private static DeliveryTarget target(YamlNode t, String name, boolean verifyChecksum, boolean replace,
                                         Set<String> extraKeys) {
        Set<String> keys = new java.util.HashSet<>(ENDPOINT_KEYS);
        keys.addAll(extraKeys);
        keys.addAll(Set.of("remoteDir", "verifyChecksum", "replace", "createFolder", "retries"));
        t.onlyKeys(keys);
        try {
            return new DeliveryTarget(name, endpoint(t), t.string("remoteDir"), t.bool("verifyChecksum", verifyChecksum),
                    t.bool("replace", replace), t.bool("createFolder", false),
                    backoff(t.child("retries"), 5, Duration.ofSeconds(5), Duration.ofMinutes(2)));
        } catch (IllegalArgumentException e) {
            throw rethrow(t, e);
        }
    }

    private static IllegalArgumentException rethrow(YamlNode n, IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().contains(": ")
                && (e.getMessage().startsWith("sftp ") || e.getMessage().startsWith("email "))
                ? n.fail(n.path(), e.getMessage()) : e;
    }

    private static SftpEndpoint endpoint(YamlNode n) {
        return new SftpEndpoint(n.string("host"), n.integer("port", 22), n.string("user"), n.path("privateKey"),
                n.string("passphraseEnv", null), n.path("knownHosts"), n.string("passwordEnv", null),
                n.bool("insecureHostKeys", false), n.duration("connectTimeout", Duration.ofSeconds(30)),
                n.duration("readTimeout", Duration.ofSeconds(60)));
    }

    private static Completeness completeness(YamlNode c) {
        c.onlyKeys(Set.of("rule", "suffix", "interval"));
        String rule = c.string("rule");
        return switch (rule) {
            case "marker" -> new Completeness.Marker(c.string("suffix", ".ok"));
            case "stable-size" -> new Completeness.StableSize(c.duration("interval", Duration.ofSeconds(10)));
            default -> throw c.fail(c.path() + ".rule", "expected marker or stable-size, got '" + rule + "'");
        };
    }

    private static Deadline deadline(YamlNode d) {
        d.onlyKeys(Set.of("time", "dayOffset", "zone", "after"));
        if (d.has("after")) {
            return new Deadline.After(d.duration("after", Duration.ZERO));
        }
        if (d.raw("time") instanceof Number) {
            throw d.fail(d.path() + ".time", "write the time in quotes (\"06:00\"): YAML reads 06:00 as a number");
        }
        try {
            return new Deadline.AtTime(LocalTime.parse(d.string("time", "06:00")), d.integer("dayOffset", 1),
                    d.has("zone") ? ZoneId.of(d.string("zone")) : SHANGHAI);
        } catch (DateTimeParseException e) {
            throw d.fail(d.path() + ".time", "expected HH:mm, got '" + d.string("time") + "'");
        }
    }

    private static Backoff backoff(YamlNode b, int attempts, Duration initial, Duration max) {
        b.onlyKeys(Set.of("attempts", "initial", "max", "multiplier"));
        return new Backoff(b.integer("attempts", attempts), b.duration("initial", initial), b.duration("max", max),
                b.integer("multiplier", 2));
    }
}
