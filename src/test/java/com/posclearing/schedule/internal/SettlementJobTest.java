package com.posclearing.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.posclearing.job.DateBusyException;
import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import com.posclearing.schedule.BusinessDateRule;
import com.posclearing.schedule.JobDefinition;
import com.posclearing.schedule.MisfirePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One firing decides from the run history and the run lock: D computed in Shanghai from a UTC clock, run once with the
 * definition's inputDeadline on D+1; a date already done, busy elsewhere or failed is left alone.
 */
class SettlementJobTest {
    private static final BusinessDate D = BusinessDate.of(2026, 12, 31);
    /** inputDeadline 06:00 on D+1 in Shanghai, whatever the server's zone. */
    private static final Optional<ZonedDateTime> DEADLINE =
            Optional.of(ZonedDateTime.of(2027, 1, 1, 6, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    private final SettlementService settlement = mock(SettlementService.class);
    private final JobExecutionContext context = mock(JobExecutionContext.class);
    private JdbcTemplate jdbc;
    private SettlementJob job;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE settlement_run (business_date DATE NOT NULL, run_no INT NOT NULL, status VARCHAR(10) NOT NULL)");
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        // 2027-01-01 02:30 in Shanghai is 2026-12-31 18:30 in the clock's (the server's) UTC
        beans.registerSingleton("clock", Clock.fixed(OffsetDateTime.parse("2027-01-01T02:30:00+08:00").toInstant(), ZoneOffset.UTC));
        job = new SettlementJob(settlement, jdbc, beans.getBeanProvider(Clock.class));
        when(context.getMergedJobDataMap()).thenReturn(JobData.of(definition(LocalTime.of(6, 0))).toMap());
    }

    private static JobDefinition definition(LocalTime inputDeadline) {
        return new JobDefinition("nightly-settlement", "0 30 2 * * ?", ZoneId.of("Asia/Shanghai"),
                BusinessDateRule.YESTERDAY, MisfirePolicy.FIRE_ONCE_NOW, inputDeadline, "sftp", Path.of("jobs/n.yaml"));
    }

    @Test
    void runsTheDateDerivedInTheDefinitionsZone() throws JobExecutionException {
        when(settlement.run(D, "sftp", "scheduler", DEADLINE)).thenReturn(new RunOutcome(D, 1, RunStatus.COMPLETED, Path.of("out/20261231"), null));
        job.execute(context);
        verify(settlement).run(D, "sftp", "scheduler", DEADLINE);
        assertThat(DEADLINE.get().toInstant()).isEqualTo(Instant.parse("2026-12-31T22:00:00Z"));
        verify(context).setResult(FireResult.RAN);
    }

    @Test
    void theDeadlineTravelsInTheStoredJobData() {
        JobDataMap stored = JobData.of(definition(LocalTime.of(5, 30))).toMap();
        assertThat(stored.getString("inputDeadline")).isEqualTo("05:30");
        assertThat(JobData.from(stored).inputDeadlineOf(D))
                .contains(ZonedDateTime.of(2027, 1, 1, 5, 30, 0, 0, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void jobDataStoredWithoutADeadlineLeavesTheSourcesOwnDeadlines() throws JobExecutionException {
        JobDataMap stored = JobData.of(definition(LocalTime.of(6, 0))).toMap();
        stored.remove("inputDeadline"); // as registered by a version before the deadline was applied
        when(context.getMergedJobDataMap()).thenReturn(stored);
        when(settlement.run(D, "sftp", "scheduler", Optional.empty()))
                .thenReturn(new RunOutcome(D, 1, RunStatus.COMPLETED, Path.of("out/20261231"), null));
        job.execute(context);
        verify(settlement).run(D, "sftp", "scheduler", Optional.empty());
        verify(context).setResult(FireResult.RAN);
    }

    @Test
    void aFailedRunIsReportedNotRetried() throws JobExecutionException {
        when(settlement.run(D, "sftp", "scheduler", DEADLINE)).thenReturn(new RunOutcome(D, 1, RunStatus.FAILED, Path.of("out/20261231"),
                new IllegalStateException("IND27010132ACOMA did not arrive")));
        job.execute(context);
        verify(context).setResult(FireResult.RUN_FAILED);
    }

    @Test
    void aCompletedDateIsLeftAlone() throws JobExecutionException {
        history(1, "COMPLETED");
        job.execute(context);
        verify(settlement, never()).run(any(), any(), any(), any());
        verify(context).setResult(FireResult.ALREADY_DONE);
    }

    @Test
    void aFailedDateWaitsForAnOperator() throws JobExecutionException {
        history(1, "FAILED");
        job.execute(context);
        verify(settlement, never()).run(any(), any(), any(), any());
        verify(context).setResult(FireResult.NEEDS_OPERATOR);
    }

    @Test
    void theRunLockHeldByAnotherNodeMeansDoNothing() throws JobExecutionException {
        when(settlement.run(D, "sftp", "scheduler", DEADLINE)).thenThrow(new DateBusyException("2026-12-31 is being run by node-b"));
        job.execute(context);
        verify(context).setResult(FireResult.BUSY);
    }

    @Test
    void anotherNodeFinishingBetweenTheLookAndTheStartMeansDoNothing() throws JobExecutionException {
        when(settlement.run(D, "sftp", "scheduler", DEADLINE)).thenAnswer(inv -> {
            history(1, "COMPLETED");
            throw new IllegalArgumentException("2026-12-31 already has run 1 (COMPLETED)");
        });
        job.execute(context);
        verify(context).setResult(FireResult.ALREADY_DONE);
    }

    @Test
    void aRunThatCannotStartFailsTheFiring() {
        when(settlement.run(D, "sftp", "scheduler", DEADLINE)).thenThrow(new IllegalArgumentException("unknown input source 'sftp'"));
        assertThatThrownBy(() -> job.execute(context)).isInstanceOf(JobExecutionException.class)
                .hasRootCauseMessage("unknown input source 'sftp'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_run", Integer.class)).isZero();
    }

    private void history(int runNo, String status) {
        jdbc.update("INSERT INTO settlement_run VALUES (?, ?, ?)", java.sql.Date.valueOf(D.value()), runNo, status);
    }
}
