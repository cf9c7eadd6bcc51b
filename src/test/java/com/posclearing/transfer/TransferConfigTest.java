package com.posclearing.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.MerchantId;
import com.posclearing.layout.Layouts;
import com.posclearing.transfer.mail.MailServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferConfigTest {

    static TransferConfig parse(String yaml) {
        return TransferConfig.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void builtInDefaultDescribesBothSourcesAndDeliveriesWithStrictHostKeys() {
        TransferConfig c = TransferConfig.load(ConfigFiles.builtIn());

        assertThat(c.sources()).extracting(SourceConfig::name).containsExactly("posp", "cups-acoma");
        SourceConfig posp = c.source("posp");
        assertThat(posp.pattern()).isEqualTo("POSP_{yyyyMMdd}_*_*.csv");
        assertThat(posp.layout()).isEqualTo("posp-csv");
        assertThat(posp.completeness()).isEqualTo(new Completeness.Marker(".ok"));
        assertThat(posp.deadline()).isEqualTo(new Deadline.AtTime(LocalTime.of(6, 0), 1, ZoneId.of("Asia/Shanghai")));
        assertThat(posp.deadline().resolve(BusinessDate.of(2026, 11, 23), Instant.EPOCH))
                .isEqualTo(Instant.parse("2026-11-23T22:00:00Z"));
        assertThat(posp.poll()).isEqualTo(new Backoff(1, Duration.ofSeconds(30), Duration.ofMinutes(10), 2));
        assertThat(posp.retries()).isEqualTo(new Backoff(5, Duration.ofSeconds(5), Duration.ofMinutes(2), 2));
        assertThat(posp.endpoint().knownHosts()).isEqualTo(Path.of("/etc/pos-clearing/known_hosts"));
        assertThat(c.source("cups-acoma").completeness()).isEqualTo(new Completeness.StableSize(Duration.ofSeconds(30)));
        assertThat(c.insecureHostKeys()).isEmpty();
        assertThat(c.bank().orElseThrow().verifyChecksum()).isTrue();
        assertThat(c.bank().orElseThrow().replace()).isFalse();
        DeliveryTarget st = c.statementTarget(MerchantId.of("102310058120001")).orElseThrow();
        assertThat(st.remoteDir()).isEqualTo("/merchants/102310058120001/statements");
        assertThat(st.name()).isEqualTo("statements:direct:102310058120001");
        assertThat(st.createFolder()).isTrue();
        assertThat(c.email()).contains(new MailServer("smtp.example.invalid", 587, "statements@acquirer.example.cn",
                Optional.of("SMTP_USER"), Optional.of("SMTP_PASSWORD"), false, Duration.ofSeconds(30), Duration.ofSeconds(60),
                new Backoff(5, Duration.ofSeconds(10), Duration.ofMinutes(5), 2)));
    }

    @Test
    void theMailServerIsReadStrictlyWithItsLoginOnlyFromTheEnvironment() {
        String email = "deliveries:\n  email:\n    host: smtp.acquirer.cn\n    from: statements@acquirer.cn\n";
        assertThat(parse(email).email()).contains(new MailServer("smtp.acquirer.cn", 587, "statements@acquirer.cn",
                Optional.empty(), Optional.empty(), false, Duration.ofSeconds(30), Duration.ofSeconds(60),
                new Backoff(5, Duration.ofSeconds(10), Duration.ofMinutes(5), 2)));
        assertThat(parse("deliveries: {}\n").email()).isEmpty();
        assertThatThrownBy(() -> parse(email + "    password: secret\n"))
                .hasMessage("test.yaml: deliveries.email.password: secrets are never kept in configuration; name an"
                        + " environment variable with passwordEnv / passphraseEnv");
        assertThatThrownBy(() -> parse(email + "    starttls: false\n"))
                .hasMessageStartingWith("test.yaml: deliveries.email.starttls: unknown key (allowed: ");
        assertThatThrownBy(() -> parse(email + "    passwordEnv: SMTP_PASSWORD\n"))
                .hasMessage("test.yaml: deliveries.email: email passwordEnv: userEnv and passwordEnv go together (both for a"
                        + " login, neither for none)");
        assertThatThrownBy(() -> parse(email.replace("statements@acquirer.cn", "statements")))
                .hasMessage("test.yaml: deliveries.email: email from: expected an e-mail address, got 'statements'");
    }

    /** One grammar, one truth: a source's layout must exist and recognise what the source fetches. */
    @Test
    void aSourceWhoseLayoutIsUnknownOrDoesNotRecogniseItsFilesIsRefused() throws Exception {
        Layouts layouts = Layouts.load(ConfigFiles.builtIn());
        String yaml = new String(ConfigFiles.builtIn().open("sources.yaml").readAllBytes(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parse(yaml.replace("layout: cups-acoma", "layout: cups-acmoa")).checkLayouts(layouts, "x"))
                .hasMessage("source cups-acoma in x, key layout: no layout named cups-acmoa; the layouts are [posp-csv, cups-acoma,"
                        + " cups-zm, bank-csv, qr-bill]");
        assertThatThrownBy(() -> parse(yaml.replace("POSP_{yyyyMMdd}_*_*.csv", "POSP_{yyyyMMdd}_*.csv"))
                .checkLayouts(layouts, "x")).hasMessage("source posp in x, key layout: its pattern POSP_{yyyyMMdd}_*.csv fetches names"
                + " such as POSP_20260131_X.csv that its layout posp-csv (fileName POSP_{yyyyMMdd}_*_*.csv) does not"
                + " recognise; use the layout's fileName or a narrower pattern");
        assertThatThrownBy(() -> parse(yaml.replace("IND{yyMMdd}32ACOMA", "IND{yyMMdd}32ACOMA?")))
                .hasMessageContaining("needs exactly one {yyyyMMdd} or {yyMMdd}; besides it only *");
        parse(yaml.replace("POSP_{yyyyMMdd}_*_*.csv", "POSP_{yyyyMMdd}_N01_*.csv")).checkLayouts(layouts, "x");
    }

    /** sources.yaml is the truth of which layout a fetched or landed file is read with. */
    @Test
    void aFileIsReadWithTheLayoutOfTheSourceWhosePatternItMatches() {
        TransferConfig builtIn = TransferConfig.load(ConfigFiles.builtIn());
        assertThat(builtIn.layoutOf("POSP_20261230_N01_001.csv")).contains("posp-csv");
        assertThat(builtIn.layoutOf("IND26123032ACOMA")).contains("cups-acoma");
        assertThat(builtIn.layoutOf("CLEARDTL_20261230.csv")).isEmpty();

        TransferConfig onboarded = TransferConfig.load(new ConfigFiles(Path.of("config-examples/onboarded")));
        assertThat(onboarded.sources()).extracting(SourceConfig::name)
                .containsExactly("posp", "cups-zm", "cups-zm-rd", "bank-csv", "qr-bill");
        assertThat(onboarded.layoutOf("INN27010188ZM_802310048993424")).contains("cups-zm");
        assertThat(onboarded.layoutOf("CLEARDTL_20270101.csv")).contains("bank-csv");
        assertThat(onboarded.layoutOf("QRBILL_20270101_102310048993424.csv")).contains("qr-bill");
    }

    /** A companion file (ZM's RD) may be fetched by a source of its layout; any other name its layout lacks is refused. */
    @Test
    void aSourceMayFetchItsLayoutsCompanionFiles() throws Exception {
        Layouts layouts = Layouts.load(ConfigFiles.builtIn());
        String yaml = new String(java.nio.file.Files.readAllBytes(Path.of("config-examples/onboarded/sources.yaml")),
                StandardCharsets.UTF_8);
        parse(yaml).checkLayouts(layouts, "x");
        String rdAsBankCsv = yaml.replace("pattern: \"RD2010{yyMMdd}01_*\"\n    layout: cups-zm",
                "pattern: \"RD2010{yyMMdd}01_*\"\n    layout: bank-csv");
        assertThat(rdAsBankCsv).isNotEqualTo(yaml);
        assertThatThrownBy(() -> parse(rdAsBankCsv).checkLayouts(layouts, "x")).hasMessage("source cups-zm-rd in x, key"
                + " layout: its pattern RD2010{yyMMdd}01_* fetches names such as RD201026013101_X that its layout bank-csv"
                + " (fileName CLEARDTL_{yyyyMMdd}.csv) does not recognise; use the layout's fileName or a narrower pattern");
        String twoForOneName = yaml.replace("pattern: \"CLEARDTL_{yyyyMMdd}.csv\"", "pattern: \"POSP_{yyyyMMdd}_*_*.csv\"");
        assertThatThrownBy(() -> parse(twoForOneName).layoutOf("POSP_20270101_N01_001.csv")).hasMessage("file"
                + " POSP_20270101_N01_001.csv matches the patterns of sources [posp (layout posp-csv), bank-csv (layout"
                + " bank-csv)] in sources.yaml: narrow their patterns so that one source fetches it");
    }

    @Test
    void backoffGrowsToItsMaximum() {
        Backoff b = new Backoff(5, Duration.ofSeconds(5), Duration.ofSeconds(30), 2);
        assertThat(b.delay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.delay(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.delay(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(b.delay(4)).isEqualTo(Duration.ofSeconds(30));
    }

    private static final String SOURCE = """
            sources:
              - name: s1
                host: h
                user: u
                privateKey: /k
                knownHosts: /kh
                remoteDir: /in
                pattern: "A{yyyyMMdd}"
                layout: posp-csv
                completeness: {rule: stable-size, interval: 500ms}
                deadline: {after: 2s}
            """;

    @Test
    void durationsAndDefaults() {
        SourceConfig s = parse(SOURCE).source("s1");
        assertThat(s.endpoint().port()).isEqualTo(22);
        assertThat(s.endpoint().insecureHostKeys()).isFalse();
        assertThat(s.completeness()).isEqualTo(new Completeness.StableSize(Duration.ofMillis(500)));
        assertThat(s.deadline()).isEqualTo(new Deadline.After(Duration.ofSeconds(2)));
        assertThat(s.minFiles()).isEqualTo(1);
    }

    @Test
    void refusesPasswordsInTheFile() {
        assertThatThrownBy(() -> parse(SOURCE + "    password: secret\n"))
                .hasMessage("test.yaml: sources[0].password: secrets are never kept in configuration; name an"
                        + " environment variable with passwordEnv / passphraseEnv");
    }

    @Test
    void refusesUnknownKeysAndUnquotedTimes() {
        assertThatThrownBy(() -> parse(SOURCE + "    hots: x\n"))
                .hasMessageStartingWith("test.yaml: sources[0].hots: unknown key");
        assertThatThrownBy(() -> parse(SOURCE.replace("{after: 2s}", "{time: 600}")))
                .hasMessageContaining("sources[0].deadline.time: write the time in quotes");
        assertThat(parse(SOURCE.replace("{after: 2s}", "{time: 06:30}")).source("s1").deadline())
                .isEqualTo(new Deadline.AtTime(LocalTime.of(6, 30), 1, ZoneId.of("Asia/Shanghai")));
        assertThatThrownBy(() -> parse(SOURCE.replace("    knownHosts: /kh\n", "")))
                .hasMessageContaining("knownHosts: missing (strict host-key checking needs a known_hosts file)");
    }

    @Test
    void insecureHostKeysIsListedForStatus() {
        TransferConfig c = parse(SOURCE.replace("user: u\n", "user: u\n    insecureHostKeys: true\n"));
        assertThat(c.insecureHostKeys()).containsExactly("source s1");
    }
}
