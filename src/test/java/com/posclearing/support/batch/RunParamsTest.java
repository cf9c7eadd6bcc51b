package com.posclearing.support.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The run's inputDeadline travels as a non-identifying ISO-instant parameter, as SettlementService writes it. */
class RunParamsTest {

    private static JobParametersBuilder identifying() {
        return new JobParametersBuilder().addString(RunParams.BUSINESS_DATE, "2026-11-23").addLong(RunParams.RUN, 1L)
                .addString(RunParams.SOURCE, "sftp", false);
    }

    @Test
    void aDeadlineIsReadBackAndDoesNotIdentifyTheRun() {
        JobParameters p = identifying().addString(RunParams.INPUT_DEADLINE, "2026-11-23T22:00:00Z", false).toJobParameters();

        assertThat(RunParams.inputDeadline(p)).contains(Instant.parse("2026-11-23T22:00:00Z"));
        assertThat(p.getIdentifyingParameters()).isEqualTo(identifying().toJobParameters().getIdentifyingParameters());
        assertThat(RunParams.of(p).source()).isEqualTo("sftp");
    }

    @Test
    void withoutTheParameterNoDeadlineApplies() {
        assertThat(RunParams.inputDeadline(identifying().toJobParameters())).isEmpty();
    }

    @Test
    void aMalformedDeadlineIsNamed() {
        JobParameters p = identifying().addString(RunParams.INPUT_DEADLINE, "06:00", false).toJobParameters();

        assertThatThrownBy(() -> RunParams.inputDeadline(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("job parameter inputDeadline '06:00' is not an ISO instant such as 2026-11-23T22:00:00Z");
    }
}
