package com.posclearing.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * There is no Oracle server here: the Oracle migrations (db/migration/oracle: Batch's schema-oracle.sql, Quartz's
 * tables_oracle.sql) and the common one with {@code bigint=NUMBER(19)} run on H2 in Oracle mode, and Spring Batch's
 * JDBC repository, configured as for Oracle (database type ORACLE: sequences read with {@code SELECT ... NEXTVAL FROM
 * DUAL}; READ_COMMITTED for create), records a job instance, execution and step on them. What H2 cannot check (Oracle
 * storage clauses beyond parsing, ORA-08177, identifier limits of old releases, BLOB handling of Quartz's delegate) is
 * listed in docs/databases.md.
 */
class OracleModeMigrationTest {
    static DataSource dataSource;
    static MigrateResult migration;

    /**
     * Oracle-only physical clauses H2 cannot parse, removed from the copies H2 runs (the shipped files keep them):
     * Batch's {@code SEGMENT CREATION IMMEDIATE}. Everything else runs as shipped.
     */
    static final List<String> ORACLE_ONLY_CLAUSES = List.of(" SEGMENT CREATION IMMEDIATE");

    @TempDir
    static Path oracleCopy;

    @BeforeAll
    static void migrate() throws IOException {
        for (String name : List.of("V1__batch_schema.sql", "V3__quartz_schema.sql", "V14__bank_rrn_optional_network_fee.sql")) {
            String sql = new ClassPathResource("db/migration/oracle/" + name).getContentAsString(StandardCharsets.UTF_8);
            for (String clause : ORACLE_ONLY_CLAUSES) {
                sql = sql.replace(clause, "");
            }
            Files.writeString(oracleCopy.resolve(name), sql, StandardCharsets.UTF_8);
        }
        String url = "jdbc:h2:mem:oracle_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        migration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "filesystem:" + oracleCopy)
                .placeholders(Map.of("bigint", "NUMBER(19)"))
                .load().migrate();
    }

    @Test
    void oracleAndCommonMigrationsApply() {
        assertThat(migration.success).isTrue();
        assertThat(migration.migrations.stream().map(m -> m.version + " " + m.filepath.replaceAll(".*/", "")).toList())
                .containsExactly("1 V1__batch_schema.sql", "2 V2__clearing_schema.sql", "3 V3__quartz_schema.sql",
                        "4 V4__delivery_details.sql", "5 V5__adjustment_origin.sql", "6 V6__partitions.sql",
                        "7 V7__drop_redundant_indexes.sql", "8 V8__drop_outcome_merchant_index.sql", "10 V10__id_counters.sql",
                        "13 V13__break_resolution.sql", "14 V14__bank_rrn_optional_network_fee.sql",
                        "15 V15__drop_key_indexes.sql", "16 V16__console_users.sql", "17 V17__agent_shares.sql",
                        "20 V20__agent_month.sql", "21 V21__mail_delivery.sql", "23 V23__console_password_change.sql",
                        "24 V24__retention_purge.sql", "25 V25__records_written_once.sql",
                        "26 V26__partition_leases.sql", "27 V27__break_event_time.sql", "28 V28__open_outcomes_apart.sql");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND (TABLE_NAME LIKE 'BATCH\\_%' OR TABLE_NAME LIKE 'QRTZ\\_%')", Long.class)).containsExactly(6L + 11L);
        assertThat(jdbc.queryForList("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES ORDER BY SEQUENCE_NAME", String.class))
                .containsExactly("BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_INSTANCE_SEQ", "BATCH_STEP_EXECUTION_SEQ");
    }

    @Test
    void commonMoneyColumnsAreNumber19() {
        List<String> types = new JdbcTemplate(dataSource).queryForList("SELECT DATA_TYPE || '(' || NUMERIC_PRECISION || ')'"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'MERCHANT_DAY' AND COLUMN_NAME IN"
                + " ('OPENING_FEN', 'PAYOUT_FEN', 'CLOSING_FEN') ORDER BY COLUMN_NAME", String.class);
        assertThat(types).containsExactly("NUMERIC(19)", "NUMERIC(19)", "NUMERIC(19)");
    }

    @Test
    void batchJdbcRepositoryConfiguredForOracleRecordsAnExecution() throws Exception {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        factory.setDatabaseType("ORACLE");
        factory.setIsolationLevelForCreate("ISOLATION_READ_COMMITTED");
        factory.afterPropertiesSet();
        JobRepository repository = factory.getObject();

        JobParameters params = new JobParametersBuilder().addString("businessDate", "2026-12-30").addLong("run", 1L)
                .toJobParameters();
        JobInstance instance = repository.createJobInstance("oracle-mode-check", params);
        JobExecution execution = repository.createJobExecution(instance, params, new ExecutionContext());
        StepExecution step = repository.createStepExecution("fetch", execution);
        step.setStatus(BatchStatus.COMPLETED);
        step.setWriteCount(7);
        repository.update(step);
        execution.setStatus(BatchStatus.COMPLETED);
        repository.update(execution);

        JobExecution last = repository.getLastJobExecution("oracle-mode-check", params);
        assertThat(last).isNotNull();
        assertThat(last.getId()).isEqualTo(execution.getId());
        assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(last.getJobParameters().getString("businessDate")).isEqualTo("2026-12-30");
        assertThat(new JdbcTemplate(dataSource).queryForList("SELECT STEP_NAME || ' ' || STATUS || ' ' || WRITE_COUNT"
                + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, execution.getId()))
                .containsExactly("fetch COMPLETED 7");
    }
}
