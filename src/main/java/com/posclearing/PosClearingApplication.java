package com.posclearing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application of pos-clearing; started by the command line in {@code ops}. */
@SpringBootApplication
public class PosClearingApplication {
}
