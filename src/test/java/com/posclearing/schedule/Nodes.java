package com.posclearing.schedule;

import com.posclearing.PosClearingApplication;
import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scheduler nodes for tests: a Spring context each, on one shared database (the H2 file database in WORK/data, or the
 * PostgreSQL database of a {@link TestDatabase} created for WORK/data), with a fixed clock.
 */
final class Nodes {
    private Nodes() {
    }

    /** A job definition firing every second with inputs from the bundled sample files. */
    static Path everySecondFromSamples(Path jobsDir) throws IOException {
        Files.createDirectories(jobsDir);
        return Files.writeString(jobsDir.resolve("nightly-settlement.yaml"), """
                job: nightly-settlement
                schedule:
                  cron: "* * * * * ?"
                  timeZone: Asia/Shanghai
                  businessDate: yesterday
                  misfire: skip
                  inputDeadline: "06:00"
                  source: dir:%s
                """.formatted(Path.of("sample-files").toAbsolutePath().normalize()));
    }

    /** The database the nodes of {@code work} share: pass it to {@link #open}, close it after the nodes. */
    static TestDatabase database(Path work) {
        return TestDatabase.create(work.resolve("data"));
    }

    static ConfigurableApplicationContext open(Path work, Path jobsDir, String instanceId, Clock clock, TestDatabase db) {
        Map<String, Object> props = new HashMap<>();
        if (db.configDir() != null) {
            // as the command line does with --config: the folder's application.properties names the datasource
            props.put("clearing.config-dir", db.configDir().toString());
            props.put("spring.config.additional-location", "optional:file:" + db.configDir() + "/");
        }
        props.put("clearing.data-dir", work.resolve("data").toString());
        props.put("clearing.out-dir", work.resolve("out").toString());
        props.put("clearing.jobs-dir", jobsDir.toString());
        props.put("spring.quartz.properties.org.quartz.scheduler.instanceId", instanceId);
        return new SpringApplicationBuilder(PosClearingApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(props)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testClock", clock))
                .run();
    }

    /** Calls {@code fired} with each firing the node ran, once it has run (its result set). */
    static void onFired(ConfigurableApplicationContext node, String name, Consumer<JobExecutionContext> fired)
            throws SchedulerException {
        node.getBean(Scheduler.class).getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return "fired-" + name;
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                fired.accept(context);
            }
        });
    }
}
