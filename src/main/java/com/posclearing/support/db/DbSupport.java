package com.posclearing.support.db;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The stores' shared helpers over the one DataSource: bulk writes and id counters; schema migration. */
@Configuration
public class DbSupport {
    /**
     * Migrates only a schema that is behind. Flyway's migrate locks its history table even with nothing to do, and on
     * H2 many commands starting at once (22 in ConcurrentRunsIT) then failed with a lock timeout instead of reaching
     * the run lock; validating reads without the lock and still refuses an edited migration.
     */
    @Bean
    FlywayMigrationStrategy migrateWhenBehind() {
        return flyway -> {
            if (flyway.info().pending().length > 0) {
                flyway.migrate();
            } else {
                flyway.validate();
            }
        };
    }

    @Bean
    BulkInsert bulkInsert(JdbcTemplate jdbc) {
        return BulkInsert.of(jdbc);
    }

    @Bean
    IdCounter idCounter(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        return new IdCounter(jdbc, tm);
    }
}
