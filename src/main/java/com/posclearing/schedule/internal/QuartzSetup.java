package com.posclearing.schedule.internal;

import java.util.Properties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Makes Boot's Quartz scheduler the clustered one of {@link QuartzSettings}. */
@Configuration(proxyBeanMethods = false)
public class QuartzSetup {
    /** One name for every node: the cluster is the set of nodes sharing it in the QRTZ_ tables. */
    public static final String SCHEDULER_NAME = "pos-clearing";

    @Bean
    SchedulerFactoryBeanCustomizer clusteredQuartz(QuartzProperties quartz, Environment env) {
        return factory -> {
            Properties props = QuartzSettings.of(quartz.getProperties(), env.getProperty("spring.datasource.url"));
            factory.setQuartzProperties(props);
            factory.setSchedulerName(quartz.getSchedulerName() != null ? quartz.getSchedulerName() : SCHEDULER_NAME);
            // a node stopped by SIGTERM lets a running settlement finish before the database pool closes
            factory.setWaitForJobsToCompleteOnShutdown(true);
        };
    }
}
