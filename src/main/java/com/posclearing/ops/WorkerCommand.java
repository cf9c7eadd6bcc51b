package com.posclearing.ops;

import com.posclearing.workers.PartitionWorker;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code worker}: runs partitions of nights started elsewhere (README "Workers"), taken from the broker of
 * {@code clearing.workers.broker}, until SIGTERM or Ctrl-C. Stopping lets the partitions in hand finish.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Runs partitions of the nightly job taken from the broker (clearing.workers.broker) until stopped.")
final class WorkerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--threads", paramLabel = "N",
            description = "Partitions run at a time (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 64) {
            throw new UsageException("--threads must be 1..64, got " + n);
        }
        ConfigurableApplicationContext ctx = Contexts.open(common);
        SimpleMessageListenerContainer container;
        try {
            PartitionWorker worker = ctx.getBeanProvider(PartitionWorker.class).getIfAvailable();
            if (worker == null) {
                throw new UsageException("no broker is configured: set clearing.workers.broker (host or host:port) in the"
                        + " --config folder's application.properties");
            }
            container = worker.start(n);
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("worker: stopping; the partitions in hand finish first");
            System.out.flush();
            container.stop();
            ctx.close();
            stopped.countDown();
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "worker-stop"));
        System.out.println("worker: running; stop with SIGTERM or Ctrl-C");
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
