package com.posclearing.h2server;

import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Answers {@code clearing.h2-server.url}, which application.properties' default datasource URL names: the server of
 * {@code clearing.data-dir} is found or started only when that URL is used (not for a configured PostgreSQL).
 */
public final class H2ServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String URL_PROPERTY = "clearing.h2-server.url";

    @Override
    public void initialize(ConfigurableApplicationContext ctx) {
        ConfigurableEnvironment env = ctx.getEnvironment();
        env.getPropertySources().addLast(new PropertySource<>("h2-server", new Object()) { // not env: Boot would iterate it as nested sources
            @Override
            public Object getProperty(String name) {
                if (!URL_PROPERTY.equals(name)) {
                    return null;
                }
                return H2Server.url(Path.of(env.getProperty("clearing.data-dir", "./data"), "db", "clearing"));
            }
        });
    }
}
