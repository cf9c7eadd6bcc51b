package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The reconcile and statement partitions of a night on worker processes ({@code ops/settle worker}) over the
 * machine's RabbitMQ (127.0.0.1:5672, guest), each installation with a database and a queue of its own: in one JVM,
 * with two workers, with a worker killed ({@code kill -9}) in a reconcile partition, with a worker frozen ({@code kill
 * -STOP}) in a statement partition until its lease runs out, and with the only worker started after the run: every
 * output file has the same bytes. A partition
 * that fails on every try fails the run with a sentence naming it.
 */
@Proves("a night's partitions on worker processes over RabbitMQ: two workers, one killed or frozen mid-partition, one"
        + " started late: the same bytes as one JVM; a partition failing every try fails the run naming it")
class WorkersIT {
    private static final String DATE = "2026-12-30";

    @TempDir
    Path work;
    private final List<Process> processes = new ArrayList<>();
    private final List<TestDatabase> databases = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        processes.forEach(Process::destroyForcibly);
        for (Process p : processes) {
            p.waitFor(30, TimeUnit.SECONDS);
        }
        for (TestDatabase db : databases) {
            db.close();
        }
        CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            RabbitAdmin admin = new RabbitAdmin(connections);
            queues.forEach(admin::deleteQueue);
        } finally {
            connections.destroy();
        }
    }

    @Test
    void workersTwoOfThemAKilledAFrozenAndALateOneWriteTheBytesOfOneJvm() throws Exception {
        Installation oneJvm = install("one-jvm", false);
        oneJvm.run();
        Map<String, String> expected = OutputDigests.of(oneJvm.out);
        assertThat(expected).hasSize(18).containsKeys("20261230/summary.json",
                "20261230/payouts/PAYOUT_20261230.csv", "20261230/statements/898310058120001.xlsx");

        Installation two = install("two-workers", true);
        two.worker("w1", List.of());
        two.worker("w2", List.of());
        two.run();
        assertThat(OutputDigests.of(two.out)).isEqualTo(expected);
        assertThat(two.log("w1") + two.log("w2")).contains("reconcileBucket (step execution",
                "statementPartition (step execution");

        Installation killed = install("killed-worker", true);
        Process doomed = killed.worker("w1", pausing("reconcile"));
        Process manager = killed.start();
        killed.awaitPause(manager, "reconcile");
        killed.worker("w2", List.of());
        doomed.destroyForcibly();
        assertThat(doomed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(doomed.exitValue()).isEqualTo(137);
        assertThat(killed.finish(manager)).isZero();
        assertThat(OutputDigests.of(killed.out)).isEqualTo(expected);

        Installation frozen = install("frozen-worker", true);
        Process stuck = frozen.worker("w1", pausing("statements"));
        manager = frozen.start();
        frozen.awaitPause(manager, "statements");
        signal("STOP", stuck);
        frozen.worker("w2", List.of());
        assertThat(frozen.finish(manager)).isZero();
        assertThat(frozen.log("manager")).contains("has not beaten for 5000 ms; handing the partition to another worker");
        assertThat(OutputDigests.of(frozen.out)).isEqualTo(expected);

        Installation late = install("late-worker", true);
        manager = late.start();
        late.awaitSent(manager);
        Thread.sleep(2_000);
        late.worker("w1", List.of());
        assertThat(late.finish(manager)).isZero();
        assertThat(OutputDigests.of(late.out)).isEqualTo(expected);
    }

    @Test
    void aPartitionThatFailsEveryTryFailsTheRunNamingItAndItsFirstError() throws Exception {
        Installation poisoned = install("poisoned", true);
        Process manager = poisoned.start();
        poisoned.awaitSent(manager);
        // bucket 05's spill is gone and the archived inputs it would be read again from are too: it fails every try
        try (Stream<Path> files = Files.walk(poisoned.data.resolve("work/20261230/spill"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().equals("b05.bin")).toList()) {
                Files.delete(f);
            }
        }
        Path archive = poisoned.data.resolve("archive/20261230");
        assertThat(archive).isDirectory();
        Files.move(archive, poisoned.data.resolve("archive/20261230-away"));
        poisoned.worker("w1", List.of());

        assertThat(poisoned.finish(manager)).isEqualTo(1);
        assertThat(poisoned.log("manager")).contains(
                "settle: run 1 of 2026-12-30 failed: partition reconcileBucket:bucket05 failed 3 times (last on worker ",
                "); its first error: ", "(file id ", "as loaded (sha256 ");
        assertThat(poisoned.log("w1")).contains("reconcileBucket (step execution", "attempt 3) failed in");
    }

    private Installation install(String name, boolean broker) throws IOException {
        Path home = work.resolve(name);
        Path data = home.resolve("data");
        TestDatabase db = TestDatabase.create(data);
        databases.add(db);
        Path config = db.writeInto(Files.createDirectories(home.resolve("config")));
        if (broker) {
            String queue = "pos-clearing.test." + UUID.randomUUID();
            queues.add(queue);
            Files.writeString(config.resolve("application.properties"), String.join("\n",
                    "clearing.workers.broker=127.0.0.1:5672", "clearing.workers.queue=" + queue,
                    "clearing.workers.lease-millis=5000", "clearing.workers.heartbeat-millis=500",
                    "clearing.workers.poll-millis=100", "clearing.workers.wait-millis=120000", ""),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return new Installation(home, data, home.resolve("out"), config);
    }

    /**
     * A worker that stops in a partition of a step, after writes and before the partition completes: at {@code
     * reconcile} in the first bucket it runs, at {@code statements} after the second statement it writes.
     */
    private static List<String> pausing(String point) {
        return List.of("-Dclearing.pause-at=" + point);
    }

    private static void signal(String name, Process p) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor()).isZero();
    }

    /** One installation: its folders, its config (database, and broker when it has workers) and its processes' logs. */
    private final class Installation {
        final Path home;
        final Path data;
        final Path out;
        final Path config;

        Installation(Path home, Path data, Path out, Path config) {
            this.home = home;
            this.data = data;
            this.out = out;
            this.config = config;
        }

        List<String> folders() {
            return List.of("--data", data.toString(), "--out", out.toString(), "--config", config.toString());
        }

        /** A worker taking one partition at a time, with {@code jvmOptions}. */
        Process worker(String name, List<String> jvmOptions) throws Exception {
            List<String> args = new ArrayList<>(List.of("worker", "--threads", "1"));
            args.addAll(folders());
            Process p = ChildJvm.start(jvmOptions, home.resolve(name + ".log"), args);
            processes.add(p);
            return p;
        }


        /** {@code run} of the date in a JVM of its own, the manager: its log is {@code manager.log}. */
        Process start() throws Exception {
            List<String> args = new ArrayList<>(List.of("run", "--date", DATE, "--from-dir", "sample-files"));
            args.addAll(folders());
            Process p = ChildJvm.start(List.of(), home.resolve("manager.log"), args);
            processes.add(p);
            return p;
        }

        int finish(Process manager) throws Exception {
            assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as(log("manager")).isTrue();
            return manager.exitValue();
        }

        void run() throws Exception {
            assertThat(finish(start())).as(log("manager")).isZero();
        }

        void awaitPause(Process manager, String point) throws Exception {
            await(() -> Files.exists(data.resolve(point + ".paused")), manager, "a worker paused in a partition");
        }

        void awaitSent(Process manager) throws Exception {
            await(() -> log("manager").contains("partitions sent to queue"), manager,
                    "the manager sent its partitions");
        }

        private void await(BooleanSupplier condition, Process manager, String what) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!condition.getAsBoolean() && manager.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(condition.getAsBoolean()).as(what + " (manager log: " + log("manager") + ")").isTrue();
        }

        String log(String name) {
            try {
                Path file = home.resolve(name + ".log");
                return Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
