package com.posclearing.transfer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.FileNamePattern;
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
    void sourcesAndLayoutsShareOnePatternGrammar() {
        FileNamePattern acoma = FileNamePattern.compile("IND{yyMMdd}32ACOMA");
        BusinessDate nov24 = BusinessDate.of(2026, 11, 24);
        assertThat(acoma.matches("IND26112432ACOMA", nov24)).isTrue();
        assertThat(acoma.matches("IND26112432ACOMA.ok", nov24)).isFalse();
        assertThat(acoma.matches("IND26112332ACOMA", nov24)).isFalse();
        FileNamePattern posp = FileNamePattern.compile("POSP_{yyyyMMdd}_*_*.csv");
        BusinessDate nov23 = BusinessDate.of(2026, 11, 23);
        assertThat(posp.filledIn(nov23)).isEqualTo("POSP_20261123_*_*.csv");
        assertThat(posp.example(nov23)).isEqualTo("POSP_20261123_X_X.csv");
        assertThat(posp.matches("POSP_20261123_N01_001.csv", nov23)).isTrue();
        assertThat(posp.matches("POSP_20261123_N01_001.csvX", nov23)).isFalse();
        assertThat(posp.matches("POSP_20261122_N01_001.csv", nov23)).isFalse();
        assertThatThrownBy(() -> FileNamePattern.compile("a.b?{yyyyMMdd}")).hasMessage("file-name pattern a.b?{yyyyMMdd}"
                + " needs exactly one {yyyyMMdd} or {yyMMdd}; besides it only * (any text) and literal characters");
        assertThatThrownBy(() -> FileNamePattern.compile("A{yyyy-MM-dd}")).isInstanceOf(IllegalArgumentException.class);
    }

    /** What each * matched: a companion file (ZM's RD) is the one whose * parts are its file's (the merchant id). */
    @Test
    void wildcardsAreTheTextsTheStarsMatched() {
        FileNamePattern posp = FileNamePattern.compile("POSP_{yyyyMMdd}_*_*.csv");
        assertThat(posp.wildcardCount()).isEqualTo(2);
        assertThat(posp.wildcards("POSP_20261123_N01_001.csv")).containsExactly("N01", "001");
        assertThat(posp.wildcards("IND26112432ACOMA")).isEmpty();
        FileNamePattern rd = FileNamePattern.compile("*RD2010{yyMMdd}01_*");
        assertThat(rd.wildcards("xRD201015090501_802310048993424")).containsExactly("x", "802310048993424");
        assertThat(rd.date("xRD201015090501_802310048993424")).contains(BusinessDate.of(2015, 9, 5));
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
