package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code ops/settle} in a child JVM on the test class path, for tests that kill it or run it beside another. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code settle ARGS} in a child JVM that stops at the pause point {@code point} (see
     * {@code support.PausePoint}; its marker goes into {@code data}) and returns it once it is there.
     */
    public static Process pausedAt(String point, Path data, Path log, List<String> args) throws Exception {
        Process child = start(List.of("-Dclearing.pause-at=" + point, "-Dclearing.pause-dir=" + data), log, args);
        Path paused = data.resolve(point + ".paused");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.exists(paused) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(paused).as("the child reached the pause point " + point + " (log: " + log + ")").exists();
        return child;
    }

    /** Starts {@code settle ARGS} in a child JVM with {@code jvmOptions}, its output going to {@code log}. */
    public static Process start(List<String> jvmOptions, Path log, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(SettleCommand.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * {@link #pausedAt}, then stops the child with SIGKILL, or with SIGTERM when {@code term}; returns its exit code.
     */
    public static int stoppedAt(String point, boolean term, Path data, Path log, List<String> args) throws Exception {
        Process child = pausedAt(point, data, log, args);
        if (term) {
            child.destroy();
        } else {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended (log: " + log + ")").isTrue();
        return child.exitValue();
    }

    /** {@link #stoppedAt} with SIGKILL. */
    public static void killedAt(String point, Path data, Path log, List<String> args) throws Exception {
        assertThat(stoppedAt(point, false, data, log, args)).isEqualTo(137);
    }
}
