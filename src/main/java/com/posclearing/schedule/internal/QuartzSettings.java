package com.posclearing.schedule.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The Quartz properties of pos-clearing: a clustered JDBC job store whose SQL dialect (delegate) follows the
 * database. Anything set in {@code spring.quartz.properties.*} wins over these.
 */
public final class QuartzSettings {
    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";
    static final String STD = "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    static final String POSTGRESQL = "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";
    static final String ORACLE = "org.quartz.impl.jdbcjobstore.oracle.OracleDelegate";

    private QuartzSettings() {
    }

    public static Properties of(Map<String, String> configured, String jdbcUrl) {
        Properties p = new Properties();
        // AUTO = host name + start time: every node of the cluster needs its own id under one scheduler name
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "15000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // the trigger fetch and its firing under one row lock: the recommended setting for a cluster
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        if (!configured.containsKey(DELEGATE)) {
            p.setProperty(DELEGATE, delegateFor(jdbcUrl));
        }
        configured.forEach(p::setProperty);
        return p;
    }

    /** The delegate for a JDBC URL: PostgreSQL stores job data as bytea and Oracle as BLOB, each needing its own. */
    public static String delegateFor(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:oracle:")) {
            return ORACLE;
        }
        if (url.startsWith("jdbc:h2:")) {
            return STD;
        }
        throw new IllegalStateException("no Quartz delegate known for the database " + jdbcUrl + "; set spring.quartz.properties."
                + DELEGATE);
    }
}
