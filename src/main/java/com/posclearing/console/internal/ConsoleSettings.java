package com.posclearing.console.internal;

import com.posclearing.console.ConsoleRole;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code clearing.console.*}: users named in configuration ({@code clearing.console.users.NAME.role} and
 * {@code .password-hash}, a bcrypt hash), e.g. in the --config folder's application.properties or the environment.
 */
@ConfigurationProperties("clearing.console")
record ConsoleSettings(Map<String, ConfiguredUser> users) {
    record ConfiguredUser(ConsoleRole role, String passwordHash) {
    }
}
