package com.posclearing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application of pos-clearing; started by the command line in {@code ops}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PosClearingApplication {
}
