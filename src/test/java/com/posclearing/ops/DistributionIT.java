package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive of {@code ./mvnw package}, unpacked in a temp folder and run with the real {@code java} and no Maven,
 * no source tree: {@code ops/settle} runs its jar, reads its {@code config/} from disk (an edit counts at once).
 */
class DistributionIT {
    @TempDir
    Path work;

    @Test
    void theUnpackedArchiveRunsWithJavaOnlyAndReadsItsConfigFromDisk() throws Exception {
        Path archive = Path.of("target/pos-clearing-" + System.getProperty("project.version", "0.1.0-SNAPSHOT") + ".tar.gz");
        assertThat(archive).as("built by ./mvnw package").exists();
        assertThat(exec(work, "tar", "xzf", archive.toAbsolutePath().toString()).code).isZero();
        Path home = work.resolve("pos-clearing-0.1.0-SNAPSHOT");
        assertThat(home.resolve("pom.xml")).doesNotExist();
        assertThat(home.resolve("src")).doesNotExist();
        assertThat(home.resolve("ops/systemd/pos-clearing-scheduler.service")).exists();

        Path calendar = home.resolve("config/calendar.csv");
        String good = Files.readString(calendar);
        Files.writeString(calendar, good + "2026-02-30,HOLIDAY\n");
        Result bad = exec(home, "ops/settle", "run", "--date", "2026-12-30", "--from-dir", "sample-files");
        assertThat(bad.code).isEqualTo(3);
        assertThat(bad.output).contains("settle: calendar.csv line " + Files.readAllLines(calendar).size()
                + " field date: no such date '2026-02-30'; correct it in " + home.resolve("config"));

        Files.writeString(calendar, good);
        Result run = exec(home, "ops/settle", "run", "--date", "2026-12-30", "--from-dir", "sample-files");
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).doesNotContain("Building pos-clearing");
        Path payouts = home.resolve("out/20261230/payouts/PAYOUT_20261230.csv");
        assertThat(Files.readAllLines(payouts)).hasSize(5);
        assertThat(Files.getPosixFilePermissions(payouts)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(home.resolve("data/logs/pos-clearing.log")).exists();
    }

    private record Result(int code, String output) {
    }

    /** Only the JVM's own java on the PATH: no Maven, no registry. */
    private static Result exec(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), output);
    }
}
