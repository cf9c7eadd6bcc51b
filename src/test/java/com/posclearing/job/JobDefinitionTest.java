package com.posclearing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** jobs/nightly-settlement.yaml is what people read: it must list the steps the Java configuration builds. */
class JobDefinitionTest {

    @Test
    void declarativeDefinitionListsTheJobsSteps() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("jobs/nightly-settlement.yaml"))) {
            Map<String, Object> job = new Yaml().load(in);
            assertThat(job.get("job")).isEqualTo(NightlySettlementJobConfig.JOB_NAME);
            assertThat(job.get("steps")).isEqualTo(List.copyOf(NightlySettlementJobConfig.STEPS));
        }
    }
}
