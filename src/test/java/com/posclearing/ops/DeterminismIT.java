package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's four nights in two JVMs that differ in everything a host can differ in — time zone, locale (Turkish,
 * whose dotless i breaks naive upper-casing, and Chinese) and cores (1 by {@code taskset}, and 2) — write the same
 * bytes: every output's SHA-256 is equal.
 */
@Proves("the same nights under other time zones, locales (tr_TR, zh_CN) and 1 or 2 cores: the same SHA-256 of every output")
class DeterminismIT {
    @TempDir
    Path work;

    @Test
    void theSameNightsGiveTheSameBytesWhateverTheZoneLocaleAndCores() throws Exception {
        Process newYork = demo("newyork", "America/New_York", "tr", "TR", "0");
        Process shanghai = demo("shanghai", "Asia/Shanghai", "zh", "CN", "0-1");
        assertThat(newYork.waitFor(10, TimeUnit.MINUTES) && shanghai.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(newYork.exitValue()).as(Files.readString(work.resolve("newyork.log"))).isZero();
        assertThat(shanghai.exitValue()).as(Files.readString(work.resolve("shanghai.log"))).isZero();

        Map<String, String> first = OutputDigests.of(work.resolve("newyork/out"));
        assertThat(first).hasSizeGreaterThanOrEqualTo(60)
                .containsKeys("20261231/payouts/PAYOUT_20261231.csv", "20261231/reports/reconciliation_20261231.xlsx",
                        "20261231/statements/898310058120001.xlsx");
        assertThat(OutputDigests.of(work.resolve("shanghai/out"))).isEqualTo(first);
    }

    private Process demo(String name, String zone, String language, String country, String cpus) throws IOException {
        Path home = work.resolve(name);
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cpus, ChildJvm.javaBin(),
                "-Duser.language=" + language, "-Duser.country=" + country, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), SettleCommand.class.getName(),
                "demo", "--samples", "sample-files", "--data", home.resolve("data").toString(),
                "--out", home.resolve("out").toString(), "--operator", "determinism"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().put("TZ", zone);
        return pb.start();
    }
}
