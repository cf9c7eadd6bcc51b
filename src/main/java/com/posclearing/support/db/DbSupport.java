package com.posclearing.support.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The stores' shared helpers over the one DataSource: bulk writes and id counters. */
@Configuration
public class DbSupport {
    @Bean
    BulkInsert bulkInsert(JdbcTemplate jdbc) {
        return BulkInsert.of(jdbc);
    }

    @Bean
    IdCounter idCounter(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        return new IdCounter(jdbc, tm);
    }
}
