package com.posclearing.ops;

import com.posclearing.schedule.ClearingScheduler;
import com.posclearing.schedule.ScheduledJob;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code scheduler}: this node joins the clustered Quartz schedule of {@code jobs/*.yaml} and runs until SIGTERM or
 * Ctrl-C. Stopping lets a running job finish (the context closes the scheduler waiting for its jobs), then exits 0.
 */
@Command(name = "scheduler", mixinStandardHelpOptions = true,
        description = "Runs the Quartz schedule defined in jobs/ until stopped (SIGTERM or Ctrl-C).")
final class SchedulerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext ctx = Contexts.open(common);
        List<ScheduledJob> jobs;
        try {
            jobs = ctx.getBean(ClearingScheduler.class).start();
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(ctx, stopped), "scheduler-stop"));
        jobs.forEach(j -> System.out.println("scheduler: " + j.describe()));
        System.out.println("scheduler: running; stop with SIGTERM or Ctrl-C (a running job is allowed to finish)");
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * Runs in a shutdown hook. Closing the context blocks until it is closed, whether by this hook or by Spring's own,
     * and the scheduler's shutdown waits for running jobs. The JVM would then end with 143 (SIGTERM): the hook halts
     * with 0 instead, as a clean stop is not a failure.
     */
    private static void stop(ConfigurableApplicationContext ctx, CountDownLatch stopped) {
        System.out.println("scheduler: stopping; waiting for a running job to finish");
        System.out.flush();
        ctx.close();
        stopped.countDown();
        System.out.println("scheduler: stopped");
        System.out.flush();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }
}
