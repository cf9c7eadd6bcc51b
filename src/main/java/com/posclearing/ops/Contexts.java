package com.posclearing.ops;

import com.posclearing.PosClearingApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for one command, with the folders and database its options name. */
final class Contexts {
    private Contexts() {
    }

    /** @param overrides {@code --key=value} settings that win over every configuration file */
    static ConfigurableApplicationContext open(CommonOptions options, String... overrides) {
        Map<String, Object> props = new HashMap<>();
        Path data = options.dataDir.toAbsolutePath().normalize();
        props.put("clearing.data-dir", data.toString());
        props.put("clearing.out-dir", options.outDir.toAbsolutePath().normalize().toString());
        if (options.configDir() != null) {
            Path config = options.configDir().toAbsolutePath().normalize();
            if (!Files.isDirectory(config)) {
                throw new UsageException("--config " + options.configDir() + " is not a folder");
            }
            props.put("clearing.config-dir", config.toString());
            // the folder may carry its own application.properties (e.g. a PostgreSQL datasource)
            props.put("spring.config.additional-location", "optional:file:" + config + "/");
        }
        // the H2 database lives in the data folder: application.properties builds its URL from clearing.data-dir
        return new SpringApplicationBuilder(PosClearingApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(props)
                .run(overrides);
    }
}
