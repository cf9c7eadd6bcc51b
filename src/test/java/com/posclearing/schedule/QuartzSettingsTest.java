package com.posclearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.schedule.internal.QuartzSettings;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Clustered JDBC store, delegate by database, and spring.quartz.properties.* winning over our defaults. */
class QuartzSettingsTest {

    @Test
    void delegateFollowsTheJdbcUrl() {
        assertThat(QuartzSettings.delegateFor("jdbc:h2:file:./data/db/clearing")).isEqualTo("org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        assertThat(QuartzSettings.delegateFor("jdbc:postgresql://db:5432/clearing"))
                .isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        assertThat(QuartzSettings.delegateFor("jdbc:oracle:thin:@//db:1521/CLR"))
                .isEqualTo("org.quartz.impl.jdbcjobstore.oracle.OracleDelegate");
        assertThatThrownBy(() -> QuartzSettings.delegateFor("jdbc:mysql://db/clearing"))
                .hasMessage("no Quartz delegate known for the database jdbc:mysql://db/clearing; set"
                        + " spring.quartz.properties.org.quartz.jobStore.driverDelegateClass");
    }

    @Test
    void clusteredWithAnAutomaticInstanceId() {
        Properties p = QuartzSettings.of(Map.of(), "jdbc:postgresql://db/clearing");
        assertThat(p.getProperty("org.quartz.jobStore.isClustered")).isEqualTo("true");
        assertThat(p.getProperty("org.quartz.scheduler.instanceId")).isEqualTo("AUTO");
        assertThat(p.getProperty("org.quartz.jobStore.driverDelegateClass")).isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        assertThat(p.getProperty("org.quartz.threadPool.threadCount")).isEqualTo("2");
    }

    @Test
    void configuredPropertiesWin() {
        Properties p = QuartzSettings.of(Map.of("org.quartz.scheduler.instanceId", "node-a",
                "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.MSSQLDelegate"), "jdbc:sqlserver://db");
        assertThat(p.getProperty("org.quartz.scheduler.instanceId")).isEqualTo("node-a");
        assertThat(p.getProperty("org.quartz.jobStore.driverDelegateClass")).isEqualTo("org.quartz.impl.jdbcjobstore.MSSQLDelegate");
    }
}
