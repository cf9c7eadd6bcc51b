package com.posclearing.resolution.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code clearing.clock=2027-01-03T10:00:00+08:00} (an ISO instant, {@code Z} for UTC) stops "now" there for break
 * ages, decision times and the report's age flag, so an age can be tested; unset, the system clock runs.
 */
@Configuration(proxyBeanMethods = false)
public class ClockSetting {
    @Bean
    @ConditionalOnProperty("clearing.clock")
    Clock clearingClock(@Value("${clearing.clock}") String at) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(at.trim());
            return Clock.fixed(t.toInstant(), t.getOffset());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("clearing.clock=" + at + " is not an ISO instant such as 2027-01-03T10:00:00Z");
        }
    }
}
