package com.posclearing.schedule;

import com.posclearing.PosClearingApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Scheduler nodes for tests: a Spring context each, on one shared H2 file database, with a fixed clock. */
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

    static ConfigurableApplicationContext open(Path work, Path jobsDir, String instanceId, Clock clock) {
        Map<String, Object> props = new HashMap<>();
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
}
