package com.posclearing.bench.internal;

import com.posclearing.bench.BenchOptions;
import com.posclearing.ops.SettleCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * {@code --workers N}: N {@code ops/settle worker} processes on the bench's class path and heap options, sharing the
 * run's database and data folder, taking partitions from a queue of this run on the RabbitMQ of 127.0.0.1:5672; the
 * cores are shared among them. Stopped, and the queue deleted, on close.
 */
public final class WorkerProcesses implements AutoCloseable {
    private static final String BROKER = "127.0.0.1:5672";
    private final Plan plan;
    private final List<Process> processes = new ArrayList<>();

    /** The database URL and the queue the job and its workers share. */
    public record Plan(String url, String queue) {
        List<String> brokerSettings() {
            return List.of("clearing.workers.broker=" + BROKER, "clearing.workers.queue=" + queue);
        }
    }

    private WorkerProcesses(Plan plan) {
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }

    /** Creates the run's fresh database and starts the workers on it; their logs are {@code runDir/worker-N.log}. */
    public static WorkerProcesses start(BenchOptions o, Path configDir, Path runDir, PrintStream progress) {
        WorkerProcesses workers = new WorkerProcesses(new Plan(JobDatabase.freshUrl(o.database(), runDir),
                "pos-clearing.bench." + UUID.randomUUID()));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / o.workers());
        try {
            Files.createDirectories(runDir);
            for (int i = 1; i <= o.workers(); i++) {
                workers.processes.add(workers.launch(o, configDir, runDir, threads, runDir.resolve("worker-" + i + ".log")));
            }
        } catch (IOException e) {
            workers.close();
            throw new UncheckedIOException("cannot start the bench's workers: " + e.getMessage(), e);
        }
        progress.println("bench: " + o.workers() + " worker processes, " + threads + " partitions at a time each, on queue "
                + workers.plan.queue() + " of " + BROKER + " (logs " + runDir + "/worker-N.log)");
        return workers;
    }

    private Process launch(BenchOptions o, Path configDir, Path runDir, int threads, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).forEach(command::add);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
        List<String> settings = new ArrayList<>(JobSession.settings(o, plan.url(), configDir, runDir));
        settings.addAll(plan.brokerSettings());
        settings.forEach(s -> command.add("-D" + s));
        command.addAll(List.of(SettleCommand.class.getName(), "worker", "--threads", Integer.toString(threads),
                "--data", runDir.resolve("data").toString(), "--out", runDir.resolve("out").toString(),
                "--config", configDir.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            new RabbitAdmin(connections).deleteQueue(plan.queue());
        } finally {
            connections.destroy();
        }
    }
}
