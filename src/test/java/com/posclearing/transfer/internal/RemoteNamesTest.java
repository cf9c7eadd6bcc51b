package com.posclearing.transfer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import org.junit.jupiter.api.Test;

class RemoteNamesTest {

    @Test
    void refusesNamesThatCouldEscapeTheFolder() {
        assertThat(RemoteNames.refusal("../x")).contains("name contains a path separator");
        assertThat(RemoteNames.refusal("..")).contains("name contains '..'");
        assertThat(RemoteNames.refusal("a/b")).contains("name contains a path separator");
        assertThat(RemoteNames.refusal("a\\b")).contains("name contains a path separator");
        assertThat(RemoteNames.refusal("a\0b.csv")).contains("name contains a NUL character");
        assertThat(RemoteNames.refusal("a\nb.csv")).contains("name contains a control character");
        assertThat(RemoteNames.refusal("")).contains("empty name");
        assertThat(RemoteNames.refusal("POSP_20261123_N01_001.csv")).isEmpty();
        assertThat(RemoteNames.printable("a\0b\n")).isEqualTo("a\\x00b\\x0a");
    }

    @Test
    void patternFillsDateTokensAndGlobs() {
        FileNamePattern acoma = new FileNamePattern("IND{yyMMdd}32ACOMA", BusinessDate.of(2026, 11, 24));
        assertThat(acoma.matches("IND26112432ACOMA")).isTrue();
        assertThat(acoma.matches("IND26112432ACOMA.ok")).isFalse();
        assertThat(acoma.matches("IND26112332ACOMA")).isFalse();
        FileNamePattern posp = new FileNamePattern("POSP_{yyyyMMdd}_*.csv", BusinessDate.of(2026, 11, 23));
        assertThat(posp.toString()).isEqualTo("POSP_20261123_*.csv");
        assertThat(posp.matches("POSP_20261123_N01_001.csv")).isTrue();
        assertThat(posp.matches("POSP_20261123_N01_001.csvX")).isFalse();
        assertThat(posp.matches("POSP_20261122_N01_001.csv")).isFalse();
        assertThat(new FileNamePattern("a.b?", BusinessDate.of(2026, 1, 1)).matches("aXb1")).isFalse();
    }

    @Test
    void sessionAlgorithmsExcludeSha1RsaAndCbcAndKeepStrictKex() {
        var p = SftpConnector.algorithms(false, false);
        assertThat(p.getProperty("StrictHostKeyChecking")).isEqualTo("yes");
        assertThat(p.getProperty("enable_strict_kex")).isEqualTo("yes");
        assertThat(p.getProperty("PreferredAuthentications")).isEqualTo("publickey");
        assertThat(p.getProperty("server_host_key").split(",")).doesNotContain("ssh-rsa", "ssh-dss");
        assertThat(p.getProperty("PubkeyAcceptedAlgorithms").split(",")).doesNotContain("ssh-rsa", "ssh-dss");
        assertThat(p.getProperty("cipher.c2s") + "," + p.getProperty("cipher.s2c")).doesNotContain("cbc");
        assertThat(p.getProperty("mac.c2s") + "," + p.getProperty("mac.s2c")).doesNotContain("sha1", "md5");
        assertThat(p.getProperty("kex")).doesNotContain("sha1");
    }
}
