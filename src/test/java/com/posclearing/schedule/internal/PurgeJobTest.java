package com.posclearing.schedule.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.posclearing.retention.batch.PurgeReport;
import com.posclearing.retention.batch.PurgeService;
import com.posclearing.schedule.JobDefinitions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The shipped jobs/purge.yaml fires at 05:00 Shanghai and purges as of that day, from a UTC clock. */
class PurgeJobTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);
    private final PurgeService purge = mock(PurgeService.class);
    private final JobExecutionContext context = mock(JobExecutionContext.class);
    private PurgeJob job;

    @BeforeEach
    void setUp() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        // 2027-01-05 05:00 in Shanghai is 2027-01-04 21:00 in the clock's (the server's) UTC
        beans.registerSingleton("clock", Clock.fixed(OffsetDateTime.parse("2027-01-05T05:00:00+08:00").toInstant(), ZoneOffset.UTC));
        job = new PurgeJob(purge, beans.getBeanProvider(Clock.class));
        var shipped = JobDefinitions.load(Path.of("jobs"), Path.of("."), Set.of("nightly-settlement", "agent-month", "purge"))
                .stream().filter(d -> d.job().equals(PurgeService.JOB_NAME)).findFirst().orElseThrow();
        when(context.getMergedJobDataMap()).thenReturn(JobData.of(shipped).toMap());
    }

    @Test
    void purgesAsOfTheFireDayInTheDefinitionsZone() throws JobExecutionException {
        when(purge.purge(AS_OF, false, "scheduler")).thenReturn(new PurgeReport(AS_OF, false, List.of()));
        job.execute(context);
        verify(purge).purge(AS_OF, false, "scheduler");
    }

    @Test
    void aFailedPurgeFailsTheFiringWithItsSentence() {
        when(purge.purge(AS_OF, false, "scheduler")).thenThrow(new IllegalStateException("cannot delete data/archive/20261230"));
        assertThatThrownBy(() -> job.execute(context)).isInstanceOf(JobExecutionException.class)
                .hasRootCauseMessage("cannot delete data/archive/20261230");
    }
}
